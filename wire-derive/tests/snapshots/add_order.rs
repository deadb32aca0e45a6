// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "big", size = 35)]
// pub struct AddOrder {
//     pub stock_locate: u16,
//     pub tracking_number: u16,
//     #[wire(bytes = 6)] pub timestamp: u64,
//     pub order_ref: u64,
//     pub side: Side,
//     pub shares: u32,
//     pub stock: [u8; 8],
//     #[wire(offset = 31)] pub price: u32,
// }
const _: () = {
    #[allow(dead_code)]
    fn __wire_held_types()
    where
        Side: ::wire::__private::FixedField,
    {}
};
/**A zero-copy view of an encoded [`AddOrder`] over its storage `B` (`&[u8]`, `&mut [u8]`, `Vec<u8>`, an array…), made by [`AddOrder::view`], [`AddOrder::view_prefix`], [`AddOrder::view_mut`] or [`AddOrderView::new`].

The bytes were checked once when the view was made, so every getter reads its field in place and cannot fail; with storage that is `AsMut<[u8]>` too, each setter writes its field in place. Each accessor is documented on [`AddOrder`]'s field of the same name.

# Panics

An accessor panics if the storage's `AsRef` returns fewer bytes than when the view was made.*/
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
pub struct AddOrderView<B> {
    buf: B,
}
///A view of a mutable buffer holding one [`AddOrder`].
pub type AddOrderViewMut<'a> = AddOrderView<&'a mut [u8]>;
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        /// Bytes in every encoding of this type.
        pub const SIZE: usize = (34 + <Side as ::wire::__private::FixedWire>::SIZE);
    }
    impl ::wire::__private::FixedSize for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        const SIZE: usize = (34 + <Side as ::wire::__private::FixedWire>::SIZE);
    }
    impl ::wire::__private::FixedField for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        type SetResult = ::wire::__private::Result<(), ::wire::__private::EncodeError>;
    }
    #[doc(hidden)]
    impl ::wire::__private::FixedWire for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        type Raw<__O: ::wire::__private::ByteOrder> = [u8; (34
            + ::wire::__private::__nested!(Side, SIZE))];
        type SetResult = ::wire::__private::Result<(), ::wire::__private::EncodeError>;
        const NEEDS_ENDIAN: bool = false;
        const FIELDS: &'static [::wire::__private::FieldSpan] = &[
            ::wire::__private::FieldSpan {
                name: "stock_locate",
                start: 0,
                end: 2,
            },
            ::wire::__private::FieldSpan {
                name: "tracking_number",
                start: 2,
                end: 4,
            },
            ::wire::__private::FieldSpan {
                name: "timestamp",
                start: 4,
                end: 10,
            },
            ::wire::__private::FieldSpan {
                name: "order_ref",
                start: 10,
                end: 18,
            },
            ::wire::__private::FieldSpan {
                name: "side",
                start: 18,
                end: (18 + ::wire::__private::__nested!(Side, SIZE)),
            },
            ::wire::__private::FieldSpan {
                name: "shares",
                start: (18 + ::wire::__private::__nested!(Side, SIZE)),
                end: ((18 + ::wire::__private::__nested!(Side, SIZE))
                    + <u32 as ::wire::__private::FixedWire>::SIZE),
            },
            ::wire::__private::FieldSpan {
                name: "stock",
                start: (22 + ::wire::__private::__nested!(Side, SIZE)),
                end: ((22 + ::wire::__private::__nested!(Side, SIZE))
                    + <[u8; 8] as ::wire::__private::FixedWire>::SIZE),
            },
            ::wire::__private::FieldSpan {
                name: "price",
                start: (30 + ::wire::__private::__nested!(Side, SIZE)),
                end: ((30 + ::wire::__private::__nested!(Side, SIZE))
                    + <u32 as ::wire::__private::FixedWire>::SIZE),
            },
        ];
        #[inline]
        fn read<__O: ::wire::__private::ByteOrder>(
            raw: &[u8; (34 + ::wire::__private::__nested!(Side, SIZE))],
        ) -> Self {
            AddOrder {
                stock_locate: ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(raw, 0),
                tracking_number: ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(raw, 2),
                timestamp: (::wire::__private::read_be_u64(
                    ::wire::__private::chunk::<6usize>(raw, 4),
                )) as u64,
                order_ref: ::wire::__private::read_at::<
                    u64,
                    ::wire::__private::BigEndian,
                >(raw, 10),
                side: ::wire::__private::read_at::<
                    Side,
                    ::wire::__private::BigEndian,
                >(raw, 18),
                shares: ::wire::__private::read_at::<
                    u32,
                    ::wire::__private::BigEndian,
                >(raw, (18 + <Side as ::wire::__private::FixedWire>::SIZE)),
                stock: ::wire::__private::read_at::<
                    [u8; 8],
                    ::wire::__private::BigEndian,
                >(raw, (22 + <Side as ::wire::__private::FixedWire>::SIZE)),
                price: ::wire::__private::read_at::<
                    u32,
                    ::wire::__private::BigEndian,
                >(raw, (30 + <Side as ::wire::__private::FixedWire>::SIZE)),
            }
        }
        #[inline]
        fn write<__O: ::wire::__private::ByteOrder>(
            &self,
            raw: &mut [u8; (34 + ::wire::__private::__nested!(Side, SIZE))],
            offset: usize,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if !((self.timestamp <= 281474976710655)) {
                return ::wire::__private::Err(
                    ::wire::__private::first_out_of_range(|| {
                        if self.timestamp > 281474976710655 {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "timestamp",
                                    (offset + 4),
                                    self.timestamp as i128,
                                    48u8,
                                    false,
                                ),
                            );
                        }
                        ::wire::__private::Ok(())
                    }),
                );
            }
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(&self.stock_locate, raw, 0, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(&self.tracking_number, raw, 2, offset),
            )?;
            ::wire::__private::write_be_u64(
                ::wire::__private::chunk_mut::<6usize>(raw, 4),
                ((self.timestamp as u64) as u64),
            );
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u64,
                    ::wire::__private::BigEndian,
                >(&self.order_ref, raw, 10, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    Side,
                    ::wire::__private::BigEndian,
                >(&self.side, raw, 18, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u32,
                    ::wire::__private::BigEndian,
                >(
                    &self.shares,
                    raw,
                    (18 + <Side as ::wire::__private::FixedWire>::SIZE),
                    offset,
                ),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    [u8; 8],
                    ::wire::__private::BigEndian,
                >(
                    &self.stock,
                    raw,
                    (22 + <Side as ::wire::__private::FixedWire>::SIZE),
                    offset,
                ),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u32,
                    ::wire::__private::BigEndian,
                >(
                    &self.price,
                    raw,
                    (30 + <Side as ::wire::__private::FixedWire>::SIZE),
                    offset,
                ),
            )?;
            ::wire::__private::Ok(())
        }
        #[inline]
        fn validate<__O: ::wire::__private::ByteOrder>(
            raw: &[u8; (34 + ::wire::__private::__nested!(Side, SIZE))],
            _: &'static str,
            offset: usize,
        ) -> ::wire::__private::Result<(), ::wire::__private::DecodeError> {
            ::wire::__private::validate_at::<
                Side,
                ::wire::__private::BigEndian,
            >(raw, 18, "side", offset)?;
            ::wire::__private::Ok(())
        }
        #[inline]
        fn init<__O: ::wire::__private::ByteOrder>(
            raw: &mut [u8; (34 + ::wire::__private::__nested!(Side, SIZE))],
        ) {
            ::wire::__private::init_at::<Side, ::wire::__private::BigEndian>(raw, 18);
        }
    }
    #[allow(private_bounds)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    const _: () = if ::wire::__private::__nested!(Side, KNOWN) {
        if let ::wire::__private::Some(__message) = ::wire::__private::layout_mismatch::<
            83usize,
        >(
            31u64,
            (30 + ::wire::__private::__nested!(Side, SIZE)),
            "`offset = 31` does not hold: the layout puts `price` at offset ",
            "",
        ) {
            ::wire::__private::core::panic!("{}", __message.as_str());
        }
    };
    #[allow(private_bounds)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    const _: () = if ::wire::__private::__nested!(Side, KNOWN) {
        if let ::wire::__private::Some(__message) = ::wire::__private::layout_mismatch::<
            74usize,
        >(
            35u64,
            (34 + ::wire::__private::__nested!(Side, SIZE)),
            "`size = 35` does not hold: the fields add up to ",
            " bytes",
        ) {
            ::wire::__private::core::panic!("{}", __message.as_str());
        }
    };
    impl AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        /**Checks that `bytes` is exactly one encoding of [`AddOrder`] ([`AddOrder::SIZE`] bytes) and returns a view that reads its fields in place.

# Errors

`Truncated` or `TrailingBytes` when the length differs; `InvalidDiscriminant`, `InvalidBool` or `InvalidMagic` for a field that holds no valid value.*/
        #[inline]
        pub fn view(
            bytes: &[u8],
        ) -> ::wire::__private::Result<
            AddOrderView<&[u8]>,
            ::wire::__private::DecodeError,
        > {
            AddOrderView::new(bytes)
        }
        ///Like [`AddOrder::view`], on the front of a longer buffer: returns the view and the bytes after it.
        #[inline]
        pub fn view_prefix(
            bytes: &[u8],
        ) -> ::wire::__private::Result<
            (AddOrderView<&[u8]>, &[u8]),
            ::wire::__private::DecodeError,
        > {
            ::wire::__private::check_fixed::<Self>(bytes, true)?;
            let (buf, rest) = bytes.split_at(Self::SIZE);
            ::wire::__private::Ok((AddOrderView { buf }, rest))
        }
        /**A view of `bytes`, which must be exactly [`AddOrder::SIZE`] bytes long, for writing fields in place (usually into a zeroed buffer). It checks the length only, not the contents, and writes nothing: `write_constants` writes the `magic` fields.

# Errors

`Truncated` or `TrailingBytes` when the length differs.*/
        #[inline]
        pub fn view_mut(
            bytes: &mut [u8],
        ) -> ::wire::__private::Result<
            AddOrderViewMut<'_>,
            ::wire::__private::DecodeError,
        > {
            ::wire::__private::check_fixed_len::<Self>(bytes)?;
            ::wire::__private::Ok(AddOrderView { buf: bytes })
        }
    }
    impl<B: ::wire::__private::core::convert::AsRef<[u8]>> AddOrderView<B>
    where
        Side: ::wire::__private::FixedField,
    {
        /**A view of `buf`, checked as [`AddOrder::view`] checks its bytes: any storage that is `AsRef<[u8]>` (`Vec<u8>`, `[u8; N]`, `Bytes`…).

# Errors

As [`AddOrder::view`].*/
        #[inline]
        pub fn new(
            buf: B,
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            ::wire::__private::check_fixed::<AddOrder>(buf.as_ref(), false)?;
            ::wire::__private::Ok(AddOrderView { buf })
        }
        #[inline]
        fn __block(&self) -> &[u8; (34 + ::wire::__private::__nested!(Side, SIZE))] {
            ::wire::__private::block(self.buf.as_ref())
        }
        ///Reads [`AddOrder::stock_locate`] in place.
        #[inline]
        pub fn stock_locate(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__block(), 0)
        }
        ///Reads [`AddOrder::tracking_number`] in place.
        #[inline]
        pub fn tracking_number(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__block(), 2)
        }
        ///Reads [`AddOrder::timestamp`] in place.
        #[inline]
        pub fn timestamp(&self) -> u64 {
            (::wire::__private::read_be_u64(
                ::wire::__private::chunk::<6usize>(self.__block(), 4),
            )) as u64
        }
        ///Reads [`AddOrder::order_ref`] in place.
        #[inline]
        pub fn order_ref(&self) -> u64 {
            ::wire::__private::read_at::<
                u64,
                ::wire::__private::BigEndian,
            >(self.__block(), 10)
        }
        ///Reads [`AddOrder::side`] in place.
        #[inline]
        pub fn side(&self) -> Side {
            ::wire::__private::read_at::<
                Side,
                ::wire::__private::BigEndian,
            >(self.__block(), 18)
        }
        ///Reads [`AddOrder::shares`] in place.
        #[inline]
        pub fn shares(&self) -> u32 {
            ::wire::__private::read_at::<
                u32,
                ::wire::__private::BigEndian,
            >(self.__block(), (18 + <Side as ::wire::__private::FixedWire>::SIZE))
        }
        ///Reads [`AddOrder::stock`] in place.
        #[inline]
        pub fn stock(&self) -> [u8; 8] {
            ::wire::__private::read_at::<
                [u8; 8],
                ::wire::__private::BigEndian,
            >(self.__block(), (22 + <Side as ::wire::__private::FixedWire>::SIZE))
        }
        ///Reads [`AddOrder::price`] in place.
        #[inline]
        pub fn price(&self) -> u32 {
            ::wire::__private::read_at::<
                u32,
                ::wire::__private::BigEndian,
            >(self.__block(), (30 + <Side as ::wire::__private::FixedWire>::SIZE))
        }
        /// The bytes of the encoding.
        #[inline]
        pub fn as_bytes(&self) -> &[u8] {
            self.__block()
        }
        /// The storage.
        #[inline]
        pub fn into_inner(self) -> B {
            self.buf
        }
        ///Reads every field into an owned [`AddOrder`].
        #[inline]
        pub fn to_value(&self) -> AddOrder {
            ::wire::__private::read_at::<
                AddOrder,
                ::wire::__private::BigEndian,
            >(self.__block(), 0)
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>,
    > ::wire::__private::core::fmt::Debug for AddOrderView<B>
    where
        for<'__x> &'__x Side: ::wire::__private::core::fmt::Debug,
        Side: ::wire::__private::FixedField,
    {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            f.debug_struct("AddOrderView")
                .field("stock_locate", &self.stock_locate())
                .field("tracking_number", &self.tracking_number())
                .field("timestamp", &self.timestamp())
                .field("order_ref", &self.order_ref())
                .field("side", &&self.side())
                .field("shares", &self.shares())
                .field("stock", &self.stock())
                .field("price", &self.price())
                .finish()
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>
            + ::wire::__private::core::convert::AsMut<[u8]>,
    > AddOrderView<B>
    where
        Side: ::wire::__private::FixedField,
    {
        #[inline]
        fn __block_mut(
            &mut self,
        ) -> &mut [u8; (34 + ::wire::__private::__nested!(Side, SIZE))] {
            ::wire::__private::block_mut(self.buf.as_mut())
        }
        ///Writes [`AddOrder::stock_locate`] in place.
        #[inline]
        pub fn set_stock_locate(&mut self, value: u16) -> () {
            ::wire::__private::write_at::<
                u16,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 0, 0)
        }
        ///Writes [`AddOrder::tracking_number`] in place.
        #[inline]
        pub fn set_tracking_number(&mut self, value: u16) -> () {
            ::wire::__private::write_at::<
                u16,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 2, 0)
        }
        /**Writes [`AddOrder::timestamp`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_timestamp(
            &mut self,
            value: u64,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if value > 281474976710655 {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range(
                        "timestamp",
                        4,
                        value as i128,
                        48u8,
                        false,
                    ),
                );
            }
            ::wire::__private::write_be_u64(
                ::wire::__private::chunk_mut::<6usize>(self.__block_mut(), 4),
                ((value as u64) as u64),
            );
            ::wire::__private::Ok(())
        }
        ///Writes [`AddOrder::order_ref`] in place.
        #[inline]
        pub fn set_order_ref(&mut self, value: u64) -> () {
            ::wire::__private::write_at::<
                u64,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 10, 0)
        }
        ///Writes [`AddOrder::side`] in place.
        #[inline]
        pub fn set_side(
            &mut self,
            value: Side,
        ) -> <Side as ::wire::__private::FixedField>::SetResult {
            ::wire::__private::write_at::<
                Side,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 18, 0)
        }
        ///Writes [`AddOrder::shares`] in place.
        #[inline]
        pub fn set_shares(&mut self, value: u32) -> () {
            ::wire::__private::write_at::<
                u32,
                ::wire::__private::BigEndian,
            >(
                &value,
                self.__block_mut(),
                (18 + <Side as ::wire::__private::FixedWire>::SIZE),
                0,
            )
        }
        ///Writes [`AddOrder::stock`] in place.
        #[inline]
        pub fn set_stock(&mut self, value: [u8; 8]) -> () {
            ::wire::__private::write_at::<
                [u8; 8],
                ::wire::__private::BigEndian,
            >(
                &value,
                self.__block_mut(),
                (22 + <Side as ::wire::__private::FixedWire>::SIZE),
                0,
            )
        }
        ///Writes [`AddOrder::price`] in place.
        #[inline]
        pub fn set_price(&mut self, value: u32) -> () {
            ::wire::__private::write_at::<
                u32,
                ::wire::__private::BigEndian,
            >(
                &value,
                self.__block_mut(),
                (30 + <Side as ::wire::__private::FixedWire>::SIZE),
                0,
            )
        }
        ///Writes the constant of every `magic` field of [`AddOrder`] and of the types nested in it (if any), which making a mutable view does not: call it once on a fresh buffer.
        #[inline]
        pub fn write_constants(&mut self) {
            <AddOrder as ::wire::__private::FixedWire>::init::<
                ::wire::__private::BigEndian,
            >(self.__block_mut());
        }
    }
    impl ::wire::__private::Encode for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        #[inline]
        fn encoded_len(&self) -> usize {
            Self::SIZE
        }
        #[inline]
        fn encode(
            &self,
            buf: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            ::wire::__private::encode_fixed(self, buf)
        }
    }
    impl<'a> ::wire::__private::Decode<'a> for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        #[inline]
        fn decode_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (Self, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let (view, rest) = Self::view_prefix(bytes)?;
            ::wire::__private::Ok((view.to_value(), rest))
        }
        #[inline]
        fn decode(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            ::wire::__private::Ok(Self::view(bytes)?.to_value())
        }
    }
    #[doc(hidden)]
    impl ::wire::__private::EncodeElement for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        #[inline]
        fn elem_len(&self) -> usize {
            Self::SIZE
        }
        #[inline]
        fn elem_write<__O: ::wire::__private::ByteOrder>(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            ::wire::__private::encode_fixed(self, out)
        }
        #[inline]
        fn write_list<__O: ::wire::__private::ByteOrder>(
            items: &[Self],
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            ::wire::__private::fixed_write_list::<Self, __O>(items, out)
        }
    }
    impl<'a> ::wire::__private::Element<'a> for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        type View = AddOrderView<&'a [u8]>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        type View = AddOrderView<&'a [u8]>;
        type Stored<__O: ::wire::__private::ByteOrder> = AddOrderView<&'a [u8]>;
        const MIN_LEN: usize = Self::SIZE;
        const EXACT_LEN: ::wire::__private::Option<usize> = ::wire::__private::Some(
            Self::SIZE,
        );
        #[inline]
        fn elem_view<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            _: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (Self::View, usize),
            ::wire::__private::DecodeError,
        > {
            let buf = ::wire::__private::fixed_elem_bytes::<Self>(bytes, field, offset)?;
            ::wire::__private::Ok((AddOrderView { buf }, Self::SIZE))
        }
        #[inline]
        fn elem_view_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(Self::View, usize)> {
            let buf = bytes.get(..Self::SIZE)?;
            ::wire::__private::Some((AddOrderView { buf }, Self::SIZE))
        }
        #[inline]
        fn elem_store<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (Self::View, usize),
            ::wire::__private::DecodeError,
        > {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }
        #[inline]
        fn elem_store_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(Self::View, usize)> {
            Self::elem_view_validated::<__O>(bytes)
        }
        #[inline]
        fn stored_view<__O: ::wire::__private::ByteOrder>(
            stored: Self::View,
        ) -> Self::View {
            stored
        }
        #[inline]
        fn elem_check<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            _: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            ::wire::__private::fixed_elem_bytes::<Self>(bytes, field, offset)
                .map(|_| Self::SIZE)
        }
        #[inline]
        fn elem_len_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            ::wire::__private::fixed_elem_len_validated::<Self, __O>(bytes)
        }
        #[inline]
        fn list_len_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            count: usize,
        ) -> ::wire::__private::Option<usize> {
            ::wire::__private::fixed_list_len_validated::<Self, __O>(bytes, count)
        }
        #[inline]
        fn elem_decode<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            _: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<(Self, usize), ::wire::__private::DecodeError> {
            let buf = ::wire::__private::fixed_elem_bytes::<Self>(bytes, field, offset)?;
            ::wire::__private::Ok((
                ::wire::__private::read_at::<Self, __O>(buf, 0),
                Self::SIZE,
            ))
        }
        #[inline]
        fn check_list<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            pos: &mut usize,
            count: usize,
            field: &'static str,
            _: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<(), ::wire::__private::DecodeError> {
            ::wire::__private::fixed_check_list::<Self, __O>(bytes, pos, count, field)
        }
        ::wire::__private::__alloc_only! {
            #[inline] fn decode_list < __O : ::wire::__private::ByteOrder > (bytes : &
            'a[u8], pos : & mut usize, count : usize, field : & 'static str, _ :
            ::wire::__private::Depth,) -> ::wire::__private::Result <
            ::wire::__private::Vec < Self >, ::wire::__private::DecodeError > {
            ::wire::__private::fixed_decode_list:: < Self, __O > (bytes, pos, count,
            field) }
        }
    }
};
const _: () = {
    impl ::wire::__private::FrameEncode for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {}
    impl<'a> ::wire::__private::FrameDecode<'a> for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        type View = <Self as ::wire::__private::Element<'a>>::View;
        #[inline]
        fn decode_frame(
            _: ::wire::__private::Option<u16>,
            payload: &'a [u8],
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            <Self as ::wire::__private::Decode<'a>>::decode(payload)
        }
        #[inline]
        fn view_frame(
            _: ::wire::__private::Option<u16>,
            payload: &'a [u8],
        ) -> ::wire::__private::Result<Self::View, ::wire::__private::DecodeError> {
            Self::view(payload)
        }
    }
    impl ::wire::__private::MaxEncodedLen for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        const MAX_ENCODED_LEN: usize = Self::SIZE;
    }
    impl AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl ::wire::__private::schema::HasSchema for AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl AddOrder
    where
        Side: ::wire::__private::FixedField,
    {
        /**The wire layout of [`AddOrder`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.

The fixed block, bit 0 the most significant bit of byte 0:

```text
 0                   1                   2                   3
 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|          stock_locate         |        tracking_number        |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                           timestamp                           |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|           timestamp           |           order_ref           |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                           order_ref                           |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|           order_ref           |      side     |     shares    |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                     shares                    |     stock     |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                             stock                             |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                     stock                     |     price     |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                     price                     |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
```

- `stock_locate`: bytes 0..2, big endian; `u16`.
- `tracking_number`: bytes 2..4, big endian; `u16`.
- `timestamp`: bytes 4..10, big endian; a 48-bit unsigned integer on the wire.
- `order_ref`: bytes 10..18, big endian; `u64`.
- `side`: from byte 18, big endian; `Side`.
- `shares`: at byte 18 plus the sizes of `side`, big endian; `u32`.
- `stock`: at byte 22 plus the sizes of `side`; `[u8; 8]`.
- `price`: at byte 30 plus the sizes of `side`, big endian; `u32`.
*/
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "AddOrder",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct {
                endian: ::wire::__private::Some(::wire::__private::schema::Endian::Big),
                version: ::wire::__private::None,
                block_len: (34 + <Side as ::wire::__private::FixedWire>::SIZE),
                fixed_size: true,
                max_depth: 100u32,
                fields: &[
                    ::wire::__private::schema::Field {
                        name: "stock_locate",
                        doc: "",
                        rust_type: "u16",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 2usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 0,
                            len: 2usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "tracking_number",
                        doc: "",
                        rust_type: "u16",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 2usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 2,
                            len: 2usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "timestamp",
                        doc: "",
                        rust_type: "u64",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 8usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 4,
                            len: 6usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "order_ref",
                        doc: "",
                        rust_type: "u64",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 8usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 10,
                            len: 8usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "side",
                        doc: "",
                        rust_type: "Side",
                        ty: ::wire::__private::schema::Type::Named(
                            ::wire::__private::schema::SchemaRef::of::<Side>(),
                        ),
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 18,
                            len: ::wire::__private::core::mem::size_of::<
                                <Side as ::wire::__private::FixedWire>::Raw<
                                    ::wire::__private::BigEndian,
                                >,
                            >(),
                        },
                        endian: if <Side as ::wire::__private::FixedWire>::NEEDS_ENDIAN {
                            ::wire::__private::Some(
                                ::wire::__private::schema::Endian::Big,
                            )
                        } else {
                            ::wire::__private::None
                        },
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "shares",
                        doc: "",
                        rust_type: "u32",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 4usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: (18 + <Side as ::wire::__private::FixedWire>::SIZE),
                            len: 4usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "stock",
                        doc: "",
                        rust_type: "[u8; 8]",
                        ty: ::wire::__private::schema::Type::Array {
                            elem: &::wire::__private::schema::Type::UInt {
                                bytes: 1usize,
                            },
                            elem_len: ::wire::__private::core::mem::size_of::<
                                <u8 as ::wire::__private::FixedWire>::Raw<
                                    ::wire::__private::BigEndian,
                                >,
                            >(),
                            len: 8,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: (22 + <Side as ::wire::__private::FixedWire>::SIZE),
                            len: 8usize,
                        },
                        endian: ::wire::__private::None,
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "price",
                        doc: "",
                        rust_type: "u32",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 4usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: (30 + <Side as ::wire::__private::FixedWire>::SIZE),
                            len: 4usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                ],
            }),
        };
    }
};
