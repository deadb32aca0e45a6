// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "little")]
// pub struct Hello {
//     #[wire(magic = b"WIRE")] pub magic: [u8; 4],
//     #[wire(magic = 0xA55A)] pub sync: u16,
//     #[wire(fixed(scale = 4, repr = "i64"))] pub price: f64,
//     #[wire(bits = 1)] pub flag: bool,
//     #[wire(bits = 3)] pub small: i8,
//     #[wire(bits = 4)] pub nibble: u8,
//     #[wire(bytes = 3)] pub signed24: i32,
//     pub side: Side,
//     pub inner: Inner,
//     pub tail: u64,
//     pub last: u8,
// }
const _: () = {
    #[allow(dead_code)]
    fn __wire_held_types()
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {}
};
/**A zero-copy view of an encoded [`Hello`] over its storage `B` (`&[u8]`, `&mut [u8]`, `Vec<u8>`, an array…), made by [`Hello::view`], [`Hello::view_prefix`], [`Hello::view_mut`] or [`HelloView::new`].

The bytes were checked once when the view was made, so every getter reads its field in place and cannot fail; with storage that is `AsMut<[u8]>` too, each setter writes its field in place. Each accessor is documented on [`Hello`]'s field of the same name.

# Panics

An accessor panics if the storage's `AsRef` returns fewer bytes than when the view was made.*/
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
pub struct HelloView<B> {
    buf: B,
}
///A view of a mutable buffer holding one [`Hello`].
pub type HelloViewMut<'a> = HelloView<&'a mut [u8]>;
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        /// Bytes in every encoding of this type.
        pub const SIZE: usize = (27 + <Side as ::wire::__private::FixedWire>::SIZE
            + <Inner as ::wire::__private::FixedWire>::SIZE);
    }
    impl ::wire::__private::FixedSize for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        const SIZE: usize = (27 + <Side as ::wire::__private::FixedWire>::SIZE
            + <Inner as ::wire::__private::FixedWire>::SIZE);
    }
    impl ::wire::__private::FixedField for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        type SetResult = ::wire::__private::Result<(), ::wire::__private::EncodeError>;
    }
    #[doc(hidden)]
    impl ::wire::__private::FixedWire for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        type Raw<__O: ::wire::__private::ByteOrder> = [u8; (27
            + ::wire::__private::__nested!(Side, SIZE)
            + ::wire::__private::__nested!(Inner, SIZE))];
        type SetResult = ::wire::__private::Result<(), ::wire::__private::EncodeError>;
        const NEEDS_ENDIAN: bool = false;
        const FIELDS: &'static [::wire::__private::FieldSpan] = &[
            ::wire::__private::FieldSpan {
                name: "magic",
                start: 0,
                end: 4,
            },
            ::wire::__private::FieldSpan {
                name: "sync",
                start: 4,
                end: 6,
            },
            ::wire::__private::FieldSpan {
                name: "price",
                start: 6,
                end: 14,
            },
            ::wire::__private::FieldSpan {
                name: "flag",
                start: 14,
                end: 15,
            },
            ::wire::__private::FieldSpan {
                name: "small",
                start: 14,
                end: 15,
            },
            ::wire::__private::FieldSpan {
                name: "nibble",
                start: 14,
                end: 15,
            },
            ::wire::__private::FieldSpan {
                name: "signed24",
                start: 15,
                end: 18,
            },
            ::wire::__private::FieldSpan {
                name: "side",
                start: 18,
                end: (18 + ::wire::__private::__nested!(Side, SIZE)),
            },
            ::wire::__private::FieldSpan {
                name: "inner",
                start: (18 + ::wire::__private::__nested!(Side, SIZE)),
                end: ((18 + ::wire::__private::__nested!(Side, SIZE))
                    + ::wire::__private::__nested!(Inner, SIZE)),
            },
            ::wire::__private::FieldSpan {
                name: "tail",
                start: (18 + ::wire::__private::__nested!(Side, SIZE)
                    + ::wire::__private::__nested!(Inner, SIZE)),
                end: ((18 + ::wire::__private::__nested!(Side, SIZE)
                    + ::wire::__private::__nested!(Inner, SIZE))
                    + <u64 as ::wire::__private::FixedWire>::SIZE),
            },
            ::wire::__private::FieldSpan {
                name: "last",
                start: (26 + ::wire::__private::__nested!(Side, SIZE)
                    + ::wire::__private::__nested!(Inner, SIZE)),
                end: ((26 + ::wire::__private::__nested!(Side, SIZE)
                    + ::wire::__private::__nested!(Inner, SIZE))
                    + <u8 as ::wire::__private::FixedWire>::SIZE),
            },
        ];
        #[inline]
        fn read<__O: ::wire::__private::ByteOrder>(
            raw: &[u8; (27 + ::wire::__private::__nested!(Side, SIZE)
                + ::wire::__private::__nested!(Inner, SIZE))],
        ) -> Self {
            Hello {
                magic: ::wire::__private::read_at::<
                    [u8; 4],
                    ::wire::__private::LittleEndian,
                >(raw, 0),
                sync: ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::LittleEndian,
                >(raw, 4),
                price: ::wire::__private::fixed_to_f64(
                    ::wire::__private::read_at::<
                        i64,
                        ::wire::__private::LittleEndian,
                    >(raw, 6) as i128,
                    4u32,
                ) as f64,
                flag: ((::wire::__private::read_le_u8(
                    ::wire::__private::chunk::<1usize>(raw, 14),
                ) >> 0u32) & 1) != 0,
                small: (((((::wire::__private::read_le_u8(
                    ::wire::__private::chunk::<1usize>(raw, 14),
                ) >> 1u32) & 7) as u8) << 5u32) as i8) >> 5u32,
                nibble: ((::wire::__private::read_le_u8(
                    ::wire::__private::chunk::<1usize>(raw, 14),
                ) >> 4u32) & 15) as u8,
                signed24: ((((::wire::__private::read_le_u32(
                    ::wire::__private::chunk::<3usize>(raw, 15),
                )) as u32) << 8u32) as i32) >> 8u32,
                side: ::wire::__private::read_at::<
                    Side,
                    ::wire::__private::LittleEndian,
                >(raw, 18),
                inner: ::wire::__private::read_at::<
                    Inner,
                    ::wire::__private::LittleEndian,
                >(raw, (18 + <Side as ::wire::__private::FixedWire>::SIZE)),
                tail: ::wire::__private::read_at::<
                    u64,
                    ::wire::__private::LittleEndian,
                >(
                    raw,
                    (18 + <Side as ::wire::__private::FixedWire>::SIZE
                        + <Inner as ::wire::__private::FixedWire>::SIZE),
                ),
                last: ::wire::__private::read_at::<
                    u8,
                    ::wire::__private::LittleEndian,
                >(
                    raw,
                    (26 + <Side as ::wire::__private::FixedWire>::SIZE
                        + <Inner as ::wire::__private::FixedWire>::SIZE),
                ),
            }
        }
        #[inline]
        fn write<__O: ::wire::__private::ByteOrder>(
            &self,
            raw: &mut [u8; (27 + ::wire::__private::__nested!(Side, SIZE)
                + ::wire::__private::__nested!(Inner, SIZE))],
            offset: usize,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if !(((self.small >= -4) & (self.small <= 3)) & (self.nibble <= 15)
                & ((self.signed24 >= -8388608) & (self.signed24 <= 8388607)))
            {
                return ::wire::__private::Err(
                    ::wire::__private::first_out_of_range(|| {
                        if !((-4)..=3).contains(&self.small) {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "small",
                                    (offset + 14),
                                    self.small as i128,
                                    3u8,
                                    true,
                                ),
                            );
                        }
                        if self.nibble > 15 {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "nibble",
                                    (offset + 14),
                                    self.nibble as i128,
                                    4u8,
                                    false,
                                ),
                            );
                        }
                        if !((-8388608)..=8388607).contains(&self.signed24) {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "signed24",
                                    (offset + 15),
                                    self.signed24 as i128,
                                    24u8,
                                    true,
                                ),
                            );
                        }
                        ::wire::__private::Ok(())
                    }),
                );
            }
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    [u8; 4],
                    ::wire::__private::LittleEndian,
                >(
                    &{
                        const __MAGIC: [u8; 4] = *b"WIRE";
                        __MAGIC
                    },
                    raw,
                    0,
                    offset,
                ),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u16,
                    ::wire::__private::LittleEndian,
                >(
                    &{
                        const __MAGIC: u16 = 0xA55A;
                        __MAGIC
                    },
                    raw,
                    4,
                    offset,
                ),
            )?;
            {
                let units = ::wire::__private::f64_to_fixed(
                    self.price,
                    4u32,
                    64u8,
                    true,
                    "price",
                    (offset + 6),
                )?;
                ::wire::__private::write_at::<
                    i64,
                    ::wire::__private::LittleEndian,
                >(&(units as i64), raw, 6, 0);
            }
            {
                let mut __bits: u8 = 0;
                __bits |= ((self.flag as u8) & 1) << 0u32;
                __bits |= (((self.small as u8) as u8) & 7) << 1u32;
                __bits |= (((self.nibble as u8) as u8) & 15) << 4u32;
                ::wire::__private::write_le_u8(
                    ::wire::__private::chunk_mut::<1usize>(raw, 14),
                    __bits,
                );
            }
            ::wire::__private::write_le_u32(
                ::wire::__private::chunk_mut::<3usize>(raw, 15),
                ((self.signed24 as u32) as u32),
            );
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    Side,
                    ::wire::__private::LittleEndian,
                >(&self.side, raw, 18, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    Inner,
                    ::wire::__private::LittleEndian,
                >(
                    &self.inner,
                    raw,
                    (18 + <Side as ::wire::__private::FixedWire>::SIZE),
                    offset,
                ),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u64,
                    ::wire::__private::LittleEndian,
                >(
                    &self.tail,
                    raw,
                    (18 + <Side as ::wire::__private::FixedWire>::SIZE
                        + <Inner as ::wire::__private::FixedWire>::SIZE),
                    offset,
                ),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u8,
                    ::wire::__private::LittleEndian,
                >(
                    &self.last,
                    raw,
                    (26 + <Side as ::wire::__private::FixedWire>::SIZE
                        + <Inner as ::wire::__private::FixedWire>::SIZE),
                    offset,
                ),
            )?;
            ::wire::__private::Ok(())
        }
        #[inline]
        fn validate<__O: ::wire::__private::ByteOrder>(
            raw: &[u8; (27 + ::wire::__private::__nested!(Side, SIZE)
                + ::wire::__private::__nested!(Inner, SIZE))],
            _: &'static str,
            offset: usize,
        ) -> ::wire::__private::Result<(), ::wire::__private::DecodeError> {
            {
                const __MAGIC: [u8; 4] = *b"WIRE";
                if ::wire::__private::read_at::<
                    [u8; 4],
                    ::wire::__private::LittleEndian,
                >(raw, 0) != __MAGIC
                {
                    return ::wire::__private::Err(
                        ::wire::__private::invalid_magic("magic", offset + 0),
                    );
                }
            }
            {
                const __MAGIC: u16 = 0xA55A;
                if ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::LittleEndian,
                >(raw, 4) != __MAGIC
                {
                    return ::wire::__private::Err(
                        ::wire::__private::invalid_magic("sync", offset + 4),
                    );
                }
            }
            ::wire::__private::validate_at::<
                Side,
                ::wire::__private::LittleEndian,
            >(raw, 18, "side", offset)?;
            ::wire::__private::validate_at::<
                Inner,
                ::wire::__private::LittleEndian,
            >(
                raw,
                (18 + <Side as ::wire::__private::FixedWire>::SIZE),
                "inner",
                offset,
            )?;
            ::wire::__private::Ok(())
        }
        #[inline]
        fn init<__O: ::wire::__private::ByteOrder>(
            raw: &mut [u8; (27 + ::wire::__private::__nested!(Side, SIZE)
                + ::wire::__private::__nested!(Inner, SIZE))],
        ) {
            {
                const __MAGIC: [u8; 4] = *b"WIRE";
                let _ = ::wire::__private::write_at::<
                    [u8; 4],
                    ::wire::__private::LittleEndian,
                >(&__MAGIC, raw, 0, 0);
            }
            {
                const __MAGIC: u16 = 0xA55A;
                let _ = ::wire::__private::write_at::<
                    u16,
                    ::wire::__private::LittleEndian,
                >(&__MAGIC, raw, 4, 0);
            }
            ::wire::__private::init_at::<Side, ::wire::__private::LittleEndian>(raw, 18);
            ::wire::__private::init_at::<
                Inner,
                ::wire::__private::LittleEndian,
            >(raw, (18 + <Side as ::wire::__private::FixedWire>::SIZE));
        }
    }
    impl Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        /**Checks that `bytes` is exactly one encoding of [`Hello`] ([`Hello::SIZE`] bytes) and returns a view that reads its fields in place.

# Errors

`Truncated` or `TrailingBytes` when the length differs; `InvalidDiscriminant`, `InvalidBool` or `InvalidMagic` for a field that holds no valid value.*/
        #[inline]
        pub fn view(
            bytes: &[u8],
        ) -> ::wire::__private::Result<
            HelloView<&[u8]>,
            ::wire::__private::DecodeError,
        > {
            HelloView::new(bytes)
        }
        ///Like [`Hello::view`], on the front of a longer buffer: returns the view and the bytes after it.
        #[inline]
        pub fn view_prefix(
            bytes: &[u8],
        ) -> ::wire::__private::Result<
            (HelloView<&[u8]>, &[u8]),
            ::wire::__private::DecodeError,
        > {
            ::wire::__private::check_fixed::<Self>(bytes, true)?;
            let (buf, rest) = bytes.split_at(Self::SIZE);
            ::wire::__private::Ok((HelloView { buf }, rest))
        }
        /**A view of `bytes`, which must be exactly [`Hello::SIZE`] bytes long, for writing fields in place (usually into a zeroed buffer). It checks the length only, not the contents, and writes nothing: `write_constants` writes the `magic` fields.

# Errors

`Truncated` or `TrailingBytes` when the length differs.*/
        #[inline]
        pub fn view_mut(
            bytes: &mut [u8],
        ) -> ::wire::__private::Result<
            HelloViewMut<'_>,
            ::wire::__private::DecodeError,
        > {
            ::wire::__private::check_fixed_len::<Self>(bytes)?;
            ::wire::__private::Ok(HelloView { buf: bytes })
        }
    }
    impl<B: ::wire::__private::core::convert::AsRef<[u8]>> HelloView<B>
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        /**A view of `buf`, checked as [`Hello::view`] checks its bytes: any storage that is `AsRef<[u8]>` (`Vec<u8>`, `[u8; N]`, `Bytes`…).

# Errors

As [`Hello::view`].*/
        #[inline]
        pub fn new(
            buf: B,
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            ::wire::__private::check_fixed::<Hello>(buf.as_ref(), false)?;
            ::wire::__private::Ok(HelloView { buf })
        }
        #[inline]
        fn __block(
            &self,
        ) -> &[u8; (27 + ::wire::__private::__nested!(Side, SIZE)
            + ::wire::__private::__nested!(Inner, SIZE))] {
            ::wire::__private::block(self.buf.as_ref())
        }
        ///Reads [`Hello::magic`] in place.
        #[inline]
        pub fn magic(&self) -> [u8; 4] {
            ::wire::__private::read_at::<
                [u8; 4],
                ::wire::__private::LittleEndian,
            >(self.__block(), 0)
        }
        ///Reads [`Hello::sync`] in place.
        #[inline]
        pub fn sync(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::LittleEndian,
            >(self.__block(), 4)
        }
        ///Reads [`Hello::price`] in place.
        #[inline]
        pub fn price(&self) -> f64 {
            ::wire::__private::fixed_to_f64(
                ::wire::__private::read_at::<
                    i64,
                    ::wire::__private::LittleEndian,
                >(self.__block(), 6) as i128,
                4u32,
            ) as f64
        }
        ///Reads [`Hello::flag`] in place.
        #[inline]
        pub fn flag(&self) -> bool {
            ((::wire::__private::read_le_u8(
                ::wire::__private::chunk::<1usize>(self.__block(), 14),
            ) >> 0u32) & 1) != 0
        }
        ///Reads [`Hello::small`] in place.
        #[inline]
        pub fn small(&self) -> i8 {
            (((((::wire::__private::read_le_u8(
                ::wire::__private::chunk::<1usize>(self.__block(), 14),
            ) >> 1u32) & 7) as u8) << 5u32) as i8) >> 5u32
        }
        ///Reads [`Hello::nibble`] in place.
        #[inline]
        pub fn nibble(&self) -> u8 {
            ((::wire::__private::read_le_u8(
                ::wire::__private::chunk::<1usize>(self.__block(), 14),
            ) >> 4u32) & 15) as u8
        }
        ///Reads [`Hello::signed24`] in place.
        #[inline]
        pub fn signed24(&self) -> i32 {
            ((((::wire::__private::read_le_u32(
                ::wire::__private::chunk::<3usize>(self.__block(), 15),
            )) as u32) << 8u32) as i32) >> 8u32
        }
        ///Reads [`Hello::side`] in place.
        #[inline]
        pub fn side(&self) -> Side {
            ::wire::__private::read_at::<
                Side,
                ::wire::__private::LittleEndian,
            >(self.__block(), 18)
        }
        ///Reads [`Hello::inner`] in place.
        #[inline]
        pub fn inner(&self) -> Inner {
            ::wire::__private::read_at::<
                Inner,
                ::wire::__private::LittleEndian,
            >(self.__block(), (18 + <Side as ::wire::__private::FixedWire>::SIZE))
        }
        ///Reads [`Hello::tail`] in place.
        #[inline]
        pub fn tail(&self) -> u64 {
            ::wire::__private::read_at::<
                u64,
                ::wire::__private::LittleEndian,
            >(
                self.__block(),
                (18 + <Side as ::wire::__private::FixedWire>::SIZE
                    + <Inner as ::wire::__private::FixedWire>::SIZE),
            )
        }
        ///Reads [`Hello::last`] in place.
        #[inline]
        pub fn last(&self) -> u8 {
            ::wire::__private::read_at::<
                u8,
                ::wire::__private::LittleEndian,
            >(
                self.__block(),
                (26 + <Side as ::wire::__private::FixedWire>::SIZE
                    + <Inner as ::wire::__private::FixedWire>::SIZE),
            )
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
        ///Reads every field into an owned [`Hello`].
        #[inline]
        pub fn to_value(&self) -> Hello {
            ::wire::__private::read_at::<
                Hello,
                ::wire::__private::BigEndian,
            >(self.__block(), 0)
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>,
    > ::wire::__private::core::fmt::Debug for HelloView<B>
    where
        for<'__x> &'__x Side: ::wire::__private::core::fmt::Debug,
        for<'__x> &'__x Inner: ::wire::__private::core::fmt::Debug,
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            f.debug_struct("HelloView")
                .field("magic", &self.magic())
                .field("sync", &self.sync())
                .field("price", &self.price())
                .field("flag", &self.flag())
                .field("small", &self.small())
                .field("nibble", &self.nibble())
                .field("signed24", &self.signed24())
                .field("side", &&self.side())
                .field("inner", &&self.inner())
                .field("tail", &self.tail())
                .field("last", &self.last())
                .finish()
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>
            + ::wire::__private::core::convert::AsMut<[u8]>,
    > HelloView<B>
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        #[inline]
        fn __block_mut(
            &mut self,
        ) -> &mut [u8; (27 + ::wire::__private::__nested!(Side, SIZE)
            + ::wire::__private::__nested!(Inner, SIZE))] {
            ::wire::__private::block_mut(self.buf.as_mut())
        }
        /**Writes [`Hello::price`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_price(
            &mut self,
            value: f64,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            {
                let units = ::wire::__private::f64_to_fixed(
                    value,
                    4u32,
                    64u8,
                    true,
                    "price",
                    6,
                )?;
                ::wire::__private::write_at::<
                    i64,
                    ::wire::__private::LittleEndian,
                >(&(units as i64), self.__block_mut(), 6, 0);
            }
            ::wire::__private::Ok(())
        }
        ///Writes [`Hello::flag`] in place.
        #[inline]
        pub fn set_flag(&mut self, value: bool) -> () {
            let mut __run: u8 = ::wire::__private::read_le_u8(
                ::wire::__private::chunk::<1usize>(self.__block_mut(), 14),
            );
            __run = (__run & !((1 as u8) << 0u32)) | (((value as u8) & 1) << 0u32);
            ::wire::__private::write_le_u8(
                ::wire::__private::chunk_mut::<1usize>(self.__block_mut(), 14),
                __run,
            );
        }
        /**Writes [`Hello::small`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_small(
            &mut self,
            value: i8,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if !((-4)..=3).contains(&value) {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range(
                        "small",
                        14,
                        value as i128,
                        3u8,
                        true,
                    ),
                );
            }
            let mut __run: u8 = ::wire::__private::read_le_u8(
                ::wire::__private::chunk::<1usize>(self.__block_mut(), 14),
            );
            __run = (__run & !((7 as u8) << 1u32))
                | ((((value as u8) as u8) & 7) << 1u32);
            ::wire::__private::write_le_u8(
                ::wire::__private::chunk_mut::<1usize>(self.__block_mut(), 14),
                __run,
            );
            ::wire::__private::Ok(())
        }
        /**Writes [`Hello::nibble`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_nibble(
            &mut self,
            value: u8,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if value > 15 {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range(
                        "nibble",
                        14,
                        value as i128,
                        4u8,
                        false,
                    ),
                );
            }
            let mut __run: u8 = ::wire::__private::read_le_u8(
                ::wire::__private::chunk::<1usize>(self.__block_mut(), 14),
            );
            __run = (__run & !((15 as u8) << 4u32))
                | ((((value as u8) as u8) & 15) << 4u32);
            ::wire::__private::write_le_u8(
                ::wire::__private::chunk_mut::<1usize>(self.__block_mut(), 14),
                __run,
            );
            ::wire::__private::Ok(())
        }
        /**Writes [`Hello::signed24`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_signed24(
            &mut self,
            value: i32,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if !((-8388608)..=8388607).contains(&value) {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range(
                        "signed24",
                        15,
                        value as i128,
                        24u8,
                        true,
                    ),
                );
            }
            ::wire::__private::write_le_u32(
                ::wire::__private::chunk_mut::<3usize>(self.__block_mut(), 15),
                ((value as u32) as u32),
            );
            ::wire::__private::Ok(())
        }
        ///Writes [`Hello::side`] in place.
        #[inline]
        pub fn set_side(
            &mut self,
            value: Side,
        ) -> <Side as ::wire::__private::FixedField>::SetResult {
            ::wire::__private::write_at::<
                Side,
                ::wire::__private::LittleEndian,
            >(&value, self.__block_mut(), 18, 0)
        }
        ///Writes [`Hello::inner`] in place.
        #[inline]
        pub fn set_inner(
            &mut self,
            value: Inner,
        ) -> <Inner as ::wire::__private::FixedField>::SetResult {
            ::wire::__private::write_at::<
                Inner,
                ::wire::__private::LittleEndian,
            >(
                &value,
                self.__block_mut(),
                (18 + <Side as ::wire::__private::FixedWire>::SIZE),
                0,
            )
        }
        ///Writes [`Hello::tail`] in place.
        #[inline]
        pub fn set_tail(&mut self, value: u64) -> () {
            ::wire::__private::write_at::<
                u64,
                ::wire::__private::LittleEndian,
            >(
                &value,
                self.__block_mut(),
                (18 + <Side as ::wire::__private::FixedWire>::SIZE
                    + <Inner as ::wire::__private::FixedWire>::SIZE),
                0,
            )
        }
        ///Writes [`Hello::last`] in place.
        #[inline]
        pub fn set_last(&mut self, value: u8) -> () {
            ::wire::__private::write_at::<
                u8,
                ::wire::__private::LittleEndian,
            >(
                &value,
                self.__block_mut(),
                (26 + <Side as ::wire::__private::FixedWire>::SIZE
                    + <Inner as ::wire::__private::FixedWire>::SIZE),
                0,
            )
        }
        ///Writes the constant of every `magic` field of [`Hello`] and of the types nested in it (if any), which making a mutable view does not: call it once on a fresh buffer.
        #[inline]
        pub fn write_constants(&mut self) {
            <Hello as ::wire::__private::FixedWire>::init::<
                ::wire::__private::BigEndian,
            >(self.__block_mut());
        }
    }
    impl ::wire::__private::Encode for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
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
    impl<'a> ::wire::__private::Decode<'a> for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
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
    impl ::wire::__private::EncodeElement for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
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
    impl<'a> ::wire::__private::Element<'a> for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        type View = HelloView<&'a [u8]>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        type View = HelloView<&'a [u8]>;
        type Stored<__O: ::wire::__private::ByteOrder> = HelloView<&'a [u8]>;
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
            ::wire::__private::Ok((HelloView { buf }, Self::SIZE))
        }
        #[inline]
        fn elem_view_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(Self::View, usize)> {
            let buf = bytes.get(..Self::SIZE)?;
            ::wire::__private::Some((HelloView { buf }, Self::SIZE))
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
    impl ::wire::__private::FrameEncode for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
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
    impl ::wire::__private::MaxEncodedLen for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        const MAX_ENCODED_LEN: usize = Self::SIZE;
    }
    impl Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl ::wire::__private::schema::HasSchema for Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl Hello
    where
        Side: ::wire::__private::FixedField,
        Inner: ::wire::__private::FixedField,
    {
        /**The wire layout of [`Hello`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.

The block holds types whose widths only the compiler knows, so its bit diagram is drawn at run time: `wire::schema::markdown(Self::SCHEMA)`.

- `magic`: bytes 0..4; `[u8; 4]`; a magic constant, checked on read.
- `sync`: bytes 4..6, little endian; `u16`; a magic constant, checked on read.
- `price`: bytes 6..14, little endian; `f64`, stored as a i64 count of 10^-4 (rounded half away from zero).
- `flag`: 1 bit at bit 0 (counting from the least significant) of the 1-byte run at byte 14, little endian; `bool`.
- `small`: 3 bits at bit 1 (counting from the least significant) of the 1-byte run at byte 14, little endian; `i8`.
- `nibble`: 4 bits at bit 4 (counting from the least significant) of the 1-byte run at byte 14, little endian; `u8`.
- `signed24`: bytes 15..18, little endian; a 24-bit signed integer on the wire.
- `side`: from byte 18, little endian; `Side`.
- `inner`: at byte 18 plus the sizes of `side`, little endian; `Inner`.
- `tail`: at byte 18 plus the sizes of `side`, `inner`, little endian; `u64`.
- `last`: at byte 26 plus the sizes of `side`, `inner`; `u8`.
*/
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Hello",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct {
                endian: ::wire::__private::Some(
                    ::wire::__private::schema::Endian::Little,
                ),
                version: ::wire::__private::None,
                block_len: (27 + <Side as ::wire::__private::FixedWire>::SIZE
                    + <Inner as ::wire::__private::FixedWire>::SIZE),
                fixed_size: true,
                max_depth: 100u32,
                fields: &[
                    ::wire::__private::schema::Field {
                        name: "magic",
                        doc: "",
                        rust_type: "[u8; 4]",
                        ty: ::wire::__private::schema::Type::Array {
                            elem: &::wire::__private::schema::Type::UInt {
                                bytes: 1usize,
                            },
                            elem_len: ::wire::__private::core::mem::size_of::<
                                <u8 as ::wire::__private::FixedWire>::Raw<
                                    ::wire::__private::BigEndian,
                                >,
                            >(),
                            len: 4,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 0,
                            len: 4usize,
                        },
                        endian: ::wire::__private::None,
                        since: 1u32,
                        magic: ::wire::__private::Some(b"WIRE"),
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "sync",
                        doc: "",
                        rust_type: "u16",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 2usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 4,
                            len: 2usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Little,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::Some(&u16::to_le_bytes(0xA55A)),
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "price",
                        doc: "",
                        rust_type: "f64",
                        ty: ::wire::__private::schema::Type::Decimal {
                            float_bytes: 8usize,
                            repr_bytes: 8usize,
                            signed: true,
                            scale: 4u32,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 6,
                            len: 8usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Little,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "flag",
                        doc: "",
                        rust_type: "bool",
                        ty: ::wire::__private::schema::Type::Bool,
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 14,
                            run_len: 1usize,
                            shift: 0u32,
                            width: 1u32,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Little,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "small",
                        doc: "",
                        rust_type: "i8",
                        ty: ::wire::__private::schema::Type::Int {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 14,
                            run_len: 1usize,
                            shift: 1u32,
                            width: 3u32,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Little,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "nibble",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 14,
                            run_len: 1usize,
                            shift: 4u32,
                            width: 4u32,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Little,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "signed24",
                        doc: "",
                        rust_type: "i32",
                        ty: ::wire::__private::schema::Type::Int {
                            bytes: 4usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 15,
                            len: 3usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Little,
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
                                ::wire::__private::schema::Endian::Little,
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
                        name: "inner",
                        doc: "",
                        rust_type: "Inner",
                        ty: ::wire::__private::schema::Type::Named(
                            ::wire::__private::schema::SchemaRef::of::<Inner>(),
                        ),
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: (18 + <Side as ::wire::__private::FixedWire>::SIZE),
                            len: ::wire::__private::core::mem::size_of::<
                                <Inner as ::wire::__private::FixedWire>::Raw<
                                    ::wire::__private::BigEndian,
                                >,
                            >(),
                        },
                        endian: if <Inner as ::wire::__private::FixedWire>::NEEDS_ENDIAN {
                            ::wire::__private::Some(
                                ::wire::__private::schema::Endian::Little,
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
                        name: "tail",
                        doc: "",
                        rust_type: "u64",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 8usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: (18 + <Side as ::wire::__private::FixedWire>::SIZE
                                + <Inner as ::wire::__private::FixedWire>::SIZE),
                            len: 8usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Little,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "last",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: (26 + <Side as ::wire::__private::FixedWire>::SIZE
                                + <Inner as ::wire::__private::FixedWire>::SIZE),
                            len: 1usize,
                        },
                        endian: ::wire::__private::None,
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
