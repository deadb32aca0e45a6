// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "big")]
// pub struct Sealed {
//     pub seq: u32,
//     pub body: [u8; 8],
//     #[wire(checksum = "crc16-kermit", over = "seq..=body", endian = "little")] pub body_crc: u16,
//     #[wire(checksum = "crc32c", verify)] pub crc: u32,
// }
/**A zero-copy view of an encoded [`Sealed`] over its storage `B` (`&[u8]`, `&mut [u8]`, `Vec<u8>`, an array…), made by [`Sealed::view`], [`Sealed::view_prefix`], [`Sealed::view_mut`] or [`SealedView::new`].

The bytes were checked once when the view was made, so every getter reads its field in place and cannot fail; with storage that is `AsMut<[u8]>` too, each setter writes its field in place. Each accessor is documented on [`Sealed`]'s field of the same name.

# Panics

An accessor panics if the storage's `AsRef` returns fewer bytes than when the view was made.*/
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
pub struct SealedView<B> {
    buf: B,
}
///A view of a mutable buffer holding one [`Sealed`].
pub type SealedViewMut<'a> = SealedView<&'a mut [u8]>;
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl Sealed {
        /// Bytes in every encoding of this type.
        pub const SIZE: usize = 18;
    }
    impl ::wire::__private::FixedSize for Sealed {
        const SIZE: usize = 18;
    }
    impl ::wire::__private::FixedField for Sealed {
        type SetResult = ::wire::__private::Result<(), ::wire::__private::EncodeError>;
    }
    #[doc(hidden)]
    impl ::wire::__private::FixedWire for Sealed {
        type Raw<__O: ::wire::__private::ByteOrder> = [u8; 18];
        type SetResult = ::wire::__private::Result<(), ::wire::__private::EncodeError>;
        const NEEDS_ENDIAN: bool = false;
        const FIELDS: &'static [::wire::__private::FieldSpan] = &[
            ::wire::__private::FieldSpan {
                name: "seq",
                start: 0,
                end: 4,
            },
            ::wire::__private::FieldSpan {
                name: "body",
                start: 4,
                end: 12,
            },
            ::wire::__private::FieldSpan {
                name: "body_crc",
                start: 12,
                end: 14,
            },
            ::wire::__private::FieldSpan {
                name: "crc",
                start: 14,
                end: 18,
            },
        ];
        #[inline]
        fn read<__O: ::wire::__private::ByteOrder>(raw: &[u8; 18]) -> Self {
            Sealed {
                seq: ::wire::__private::read_at::<
                    u32,
                    ::wire::__private::BigEndian,
                >(raw, 0),
                body: ::wire::__private::read_at::<
                    [u8; 8],
                    ::wire::__private::BigEndian,
                >(raw, 4),
                body_crc: ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::LittleEndian,
                >(raw, 12),
                crc: ::wire::__private::read_at::<
                    u32,
                    ::wire::__private::BigEndian,
                >(raw, 14),
            }
        }
        #[inline]
        fn write<__O: ::wire::__private::ByteOrder>(
            &self,
            raw: &mut [u8; 18],
            offset: usize,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u32,
                    ::wire::__private::BigEndian,
                >(&self.seq, raw, 0, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    [u8; 8],
                    ::wire::__private::BigEndian,
                >(&self.body, raw, 4, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u16,
                    ::wire::__private::LittleEndian,
                >(&self.body_crc, raw, 12, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u32,
                    ::wire::__private::BigEndian,
                >(&self.crc, raw, 14, offset),
            )?;
            ::wire::__private::fill_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc16Kermit,
                &mut raw[..],
                0..12,
                12,
                true,
            );
            ::wire::__private::fill_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc32c,
                &mut raw[..],
                0..18,
                14,
                false,
            );
            ::wire::__private::Ok(())
        }
        #[inline]
        fn validate<__O: ::wire::__private::ByteOrder>(
            raw: &[u8; 18],
            _: &'static str,
            offset: usize,
        ) -> ::wire::__private::Result<(), ::wire::__private::DecodeError> {
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc32c,
                &raw[..],
                0..18,
                14,
                false,
                "crc",
                offset,
            )?;
            ::wire::__private::Ok(())
        }
    }
    impl Sealed {
        /**Checks that `bytes` is exactly one encoding of [`Sealed`] ([`Sealed::SIZE`] bytes) and returns a view that reads its fields in place.

# Errors

`Truncated` or `TrailingBytes` when the length differs; `InvalidDiscriminant`, `InvalidBool` or `InvalidMagic` for a field that holds no valid value.*/
        #[inline]
        pub fn view(
            bytes: &[u8],
        ) -> ::wire::__private::Result<
            SealedView<&[u8]>,
            ::wire::__private::DecodeError,
        > {
            SealedView::new(bytes)
        }
        ///Like [`Sealed::view`], on the front of a longer buffer: returns the view and the bytes after it.
        #[inline]
        pub fn view_prefix(
            bytes: &[u8],
        ) -> ::wire::__private::Result<
            (SealedView<&[u8]>, &[u8]),
            ::wire::__private::DecodeError,
        > {
            ::wire::__private::check_fixed::<Self>(bytes, true)?;
            let (buf, rest) = bytes.split_at(Self::SIZE);
            ::wire::__private::Ok((SealedView { buf }, rest))
        }
        /**A view of `bytes`, which must be exactly [`Sealed::SIZE`] bytes long, for writing fields in place (usually into a zeroed buffer). It checks the length only, not the contents, and writes nothing: `write_constants` writes the `magic` fields.

# Errors

`Truncated` or `TrailingBytes` when the length differs.*/
        #[inline]
        pub fn view_mut(
            bytes: &mut [u8],
        ) -> ::wire::__private::Result<
            SealedViewMut<'_>,
            ::wire::__private::DecodeError,
        > {
            ::wire::__private::check_fixed_len::<Self>(bytes)?;
            ::wire::__private::Ok(SealedView { buf: bytes })
        }
    }
    impl<B: ::wire::__private::core::convert::AsRef<[u8]>> SealedView<B> {
        /**A view of `buf`, checked as [`Sealed::view`] checks its bytes: any storage that is `AsRef<[u8]>` (`Vec<u8>`, `[u8; N]`, `Bytes`…).

# Errors

As [`Sealed::view`].*/
        #[inline]
        pub fn new(
            buf: B,
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            ::wire::__private::check_fixed::<Sealed>(buf.as_ref(), false)?;
            ::wire::__private::Ok(SealedView { buf })
        }
        #[inline]
        fn __block(&self) -> &[u8; 18] {
            ::wire::__private::block(self.buf.as_ref())
        }
        ///Reads [`Sealed::seq`] in place.
        #[inline]
        pub fn seq(&self) -> u32 {
            ::wire::__private::read_at::<
                u32,
                ::wire::__private::BigEndian,
            >(self.__block(), 0)
        }
        ///Reads [`Sealed::body`] in place.
        #[inline]
        pub fn body(&self) -> [u8; 8] {
            ::wire::__private::read_at::<
                [u8; 8],
                ::wire::__private::BigEndian,
            >(self.__block(), 4)
        }
        ///Reads [`Sealed::body_crc`] in place.
        #[inline]
        pub fn body_crc(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::LittleEndian,
            >(self.__block(), 12)
        }
        ///Reads [`Sealed::crc`] in place.
        #[inline]
        pub fn crc(&self) -> u32 {
            ::wire::__private::read_at::<
                u32,
                ::wire::__private::BigEndian,
            >(self.__block(), 14)
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
        ///Reads every field into an owned [`Sealed`].
        #[inline]
        pub fn to_value(&self) -> Sealed {
            ::wire::__private::read_at::<
                Sealed,
                ::wire::__private::BigEndian,
            >(self.__block(), 0)
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>,
    > ::wire::__private::core::fmt::Debug for SealedView<B> {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            f.debug_struct("SealedView")
                .field("seq", &self.seq())
                .field("body", &self.body())
                .field("body_crc", &self.body_crc())
                .field("crc", &self.crc())
                .finish()
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>
            + ::wire::__private::core::convert::AsMut<[u8]>,
    > SealedView<B> {
        #[inline]
        fn __block_mut(&mut self) -> &mut [u8; 18] {
            ::wire::__private::block_mut(self.buf.as_mut())
        }
        ///Writes [`Sealed::seq`] in place.
        #[inline]
        pub fn set_seq(&mut self, value: u32) -> () {
            ::wire::__private::write_at::<
                u32,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 0, 0)
        }
        ///Writes [`Sealed::body`] in place.
        #[inline]
        pub fn set_body(&mut self, value: [u8; 8]) -> () {
            ::wire::__private::write_at::<
                [u8; 8],
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 4, 0)
        }
        ///Writes [`Sealed::body_crc`] in place.
        #[inline]
        pub fn set_body_crc(&mut self, value: u16) -> () {
            ::wire::__private::write_at::<
                u16,
                ::wire::__private::LittleEndian,
            >(&value, self.__block_mut(), 12, 0)
        }
        ///Writes [`Sealed::crc`] in place.
        #[inline]
        pub fn set_crc(&mut self, value: u32) -> () {
            ::wire::__private::write_at::<
                u32,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 14, 0)
        }
        ///Writes the constant of every `magic` field of [`Sealed`] and of the types nested in it (if any), which making a mutable view does not: call it once on a fresh buffer.
        #[inline]
        pub fn write_constants(&mut self) {
            <Sealed as ::wire::__private::FixedWire>::init::<
                ::wire::__private::BigEndian,
            >(self.__block_mut());
        }
    }
    impl ::wire::__private::Encode for Sealed {
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
    impl<'a> ::wire::__private::Decode<'a> for Sealed {
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
    impl ::wire::__private::EncodeElement for Sealed {
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
    impl<'a> ::wire::__private::Element<'a> for Sealed {
        type View = SealedView<&'a [u8]>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Sealed {
        type View = SealedView<&'a [u8]>;
        type Stored<__O: ::wire::__private::ByteOrder> = SealedView<&'a [u8]>;
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
            ::wire::__private::Ok((SealedView { buf }, Self::SIZE))
        }
        #[inline]
        fn elem_view_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(Self::View, usize)> {
            let buf = bytes.get(..Self::SIZE)?;
            ::wire::__private::Some((SealedView { buf }, Self::SIZE))
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
    impl<B: ::wire::__private::core::convert::AsRef<[u8]>> SealedView<B> {
        /**Checks every checksum field against the bytes it covers, in declaration order: `body_crc` (crc16-kermit over `seq` to `body`), `crc` (crc32c over the message). Each is computed with its own bytes read as zero.

# Errors

`ChecksumMismatch` for the first field that differs, with its offset, the checksum computed and the value found.*/
        #[inline]
        pub fn verify_checksum(
            &self,
        ) -> ::wire::__private::Result<(), ::wire::__private::DecodeError> {
            let bytes: &[u8] = self.__block();
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc16Kermit,
                bytes,
                0..12,
                12,
                true,
                "body_crc",
                0usize,
            )?;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc32c,
                bytes,
                0..18,
                14,
                false,
                "crc",
                0usize,
            )?;
            ::wire::__private::Ok(())
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>
            + ::wire::__private::core::convert::AsMut<[u8]>,
    > SealedView<B> {
        ///Computes and writes every checksum field, in declaration order: `body_crc` (crc16-kermit over `seq` to `body`), `crc` (crc32c over the message). Setters do not recompute them: call this after the last one.
        #[inline]
        pub fn fill_checksum(&mut self) {
            let bytes: &mut [u8] = self.__block_mut();
            ::wire::__private::fill_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc16Kermit,
                bytes,
                0..12,
                12,
                true,
            );
            ::wire::__private::fill_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc32c,
                bytes,
                0..18,
                14,
                false,
            );
        }
    }
};
const _: () = {
    impl ::wire::__private::FrameEncode for Sealed {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Sealed {
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
    impl ::wire::__private::MaxEncodedLen for Sealed {
        const MAX_ENCODED_LEN: usize = Self::SIZE;
    }
    impl Sealed {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl ::wire::__private::schema::HasSchema for Sealed {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl Sealed {
        /**The wire layout of [`Sealed`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.

The fixed block, bit 0 the most significant bit of byte 0:

```text
 0                   1                   2                   3
 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                              seq                              |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                              body                             |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                              body                             |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|            body_crc           |              crc              |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|              crc              |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
```

- `seq`: bytes 0..4, big endian; `u32`.
- `body`: bytes 4..12; `[u8; 8]`.
- `body_crc`: bytes 12..14, little endian; `u16`.
- `crc`: bytes 14..18, big endian; `u32`.
*/
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Sealed",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct {
                endian: ::wire::__private::Some(::wire::__private::schema::Endian::Big),
                version: ::wire::__private::None,
                block_len: 18,
                fixed_size: true,
                max_depth: 100u32,
                fields: &[
                    ::wire::__private::schema::Field {
                        name: "seq",
                        doc: "",
                        rust_type: "u32",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 4usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 0,
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
                        name: "body",
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
                            offset: 4,
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
                        name: "body_crc",
                        doc: "",
                        rust_type: "u16",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 2usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 12,
                            len: 2usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Little,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::Some(::wire::__private::schema::Checksum {
                            algorithm: ::wire::__private::schema::ChecksumAlgorithm::Crc16Kermit,
                            over: ::wire::__private::schema::ChecksumRange::Fields {
                                first: "seq",
                                last: "body",
                            },
                            verify_on_view: false,
                        }),
                    },
                    ::wire::__private::schema::Field {
                        name: "crc",
                        doc: "",
                        rust_type: "u32",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 4usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 14,
                            len: 4usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::Some(::wire::__private::schema::Checksum {
                            algorithm: ::wire::__private::schema::ChecksumAlgorithm::Crc32c,
                            over: ::wire::__private::schema::ChecksumRange::Message,
                            verify_on_view: true,
                        }),
                    },
                ],
            }),
        };
    }
};
