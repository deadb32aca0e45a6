// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "little", version = 2)]
// pub struct Tick {
//     pub price: u32,
//     #[wire(since = 2, default)] pub qty: u16,
// }
///A view of an encoded [`Tick`], made by [`Tick::view`] or [`Tick::view_prefix`]: the fixed fields are read in place, the variable ones were located (and checked) once, so every accessor is O(1) and cannot fail.
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
pub struct TickView<'a> {
    __bytes: &'a [u8],
    __raw: [u8; 6],
    __block_len: usize,
}
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    const __FIELDS: &[::wire::__private::FieldSpan] = &[
        ::wire::__private::FieldSpan {
            name: "price",
            start: 0,
            end: 4,
        },
        ::wire::__private::FieldSpan {
            name: "qty",
            start: 4,
            end: 6,
        },
    ];
    impl Tick {
        #[doc(hidden)]
        pub const __WIRE_MAX_DEPTH: u32 = 100u32;
        #[doc(hidden)]
        pub fn __wire_view_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (TickView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let __block_len = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "block length")?;
            if __block_len < 6 && !(__block_len == 4 || __block_len == 6) {
                return ::wire::__private::Err(::wire::__private::DecodeError::InvalidBlockLength {
                    offset: 0,
                    len: ::wire::__private::saturate(__block_len),
                });
            }
            let __raw: [u8; 6] = ::wire::__private::copy_block::<
                [u8; 6],
            >(bytes, 2usize, __block_len)?;
            {
                let raw = &__raw;
                let offset = 2usize;
            }
            let pos = 2usize + __block_len;
            let end = pos;
            ::wire::__private::Ok((
                TickView {
                    __bytes: bytes.get(..end).unwrap_or_default(),
                    __raw,
                    __block_len,
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_decode_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<(Tick, usize), ::wire::__private::DecodeError> {
            let __block_len = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "block length")?;
            if __block_len < 6 && !(__block_len == 4 || __block_len == 6) {
                return ::wire::__private::Err(::wire::__private::DecodeError::InvalidBlockLength {
                    offset: 0,
                    len: ::wire::__private::saturate(__block_len),
                });
            }
            let __raw: [u8; 6] = ::wire::__private::copy_block::<
                [u8; 6],
            >(bytes, 2usize, __block_len)?;
            {
                let raw = &__raw;
                let offset = 2usize;
            }
            let pos = 2usize + __block_len;
            let end = pos;
            ::wire::__private::Ok((
                Tick {
                    price: ::wire::__private::read_at::<
                        u32,
                        ::wire::__private::LittleEndian,
                    >(&__raw, 0),
                    qty: if __block_len >= 6 {
                        ::wire::__private::read_at::<
                            u16,
                            ::wire::__private::LittleEndian,
                        >(&__raw, 4)
                    } else {
                        ::wire::__private::core::default::Default::default()
                    },
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_check_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let __block_len = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "block length")?;
            if __block_len < 6 && !(__block_len == 4 || __block_len == 6) {
                return ::wire::__private::Err(::wire::__private::DecodeError::InvalidBlockLength {
                    offset: 0,
                    len: ::wire::__private::saturate(__block_len),
                });
            }
            let __raw: [u8; 6] = ::wire::__private::copy_block::<
                [u8; 6],
            >(bytes, 2usize, __block_len)?;
            {
                let raw = &__raw;
                let offset = 2usize;
            }
            let pos = 2usize + __block_len;
            ::wire::__private::Ok(pos)
        }
        #[doc(hidden)]
        pub fn __wire_view_validated<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(TickView<'a>, usize)> {
            let __block_len = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "")
                .ok()?;
            let __raw: [u8; 6] = ::wire::__private::copy_block::<
                [u8; 6],
            >(bytes, 2usize, __block_len)
                .ok()?;
            let pos = 2usize + __block_len;
            let end = pos;
            ::wire::__private::Option::Some((
                TickView {
                    __bytes: bytes.get(..end).unwrap_or_default(),
                    __raw,
                    __block_len,
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_len_validated<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            let __block_len = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "")
                .ok()?;
            let pos = 2usize + __block_len;
            ::wire::__private::Option::Some(pos)
        }
    }
    impl Tick {
        /**Checks that `bytes` is exactly one encoding of [`Tick`] and returns a view of it.

Every length is checked against its cap and against the input before anything else; strings are checked to be UTF-8; enums, bools and lists are checked element by element. Afterwards every accessor is O(1) and cannot fail.

# Errors

`Truncated`, `TrailingBytes`, `LengthExceedsMax`, `InvalidUtf8`, `MalformedVarint`, `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, or `InvalidBlockLength` for a versioned message, each with the field and its offset.*/
        #[inline]
        pub fn view<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<TickView<'a>, ::wire::__private::DecodeError> {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            if used != bytes.len() {
                return ::wire::__private::Err(::wire::__private::DecodeError::TrailingBytes {
                    offset: ::wire::__private::saturate(used),
                    count: ::wire::__private::saturate(bytes.len() - used),
                });
            }
            ::wire::__private::Ok(view)
        }
        ///Like [`Tick::view`], on the front of a longer buffer: returns the view and the bytes after the message.
        #[inline]
        pub fn view_prefix<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (TickView<'a>, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default()))
        }
    }
    impl<'a> TickView<'a> {
        ///`price`: bytes 0..4, little endian; `u32`.
        #[inline]
        pub fn price(&self) -> u32 {
            ::wire::__private::read_at::<
                u32,
                ::wire::__private::LittleEndian,
            >(&self.__raw, 0)
        }
        ///`qty`: bytes 4..6, little endian; `u16`.
        #[inline]
        pub fn qty(&self) -> u16 {
            if self.__block_len >= 6 {
                ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::LittleEndian,
                >(&self.__raw, 4)
            } else {
                ::wire::__private::core::default::Default::default()
            }
        }
        /// The bytes of the encoding.
        #[inline]
        pub fn as_bytes(&self) -> &'a [u8] {
            self.__bytes
        }
    }
    impl<'a> ::wire::__private::core::fmt::Debug for TickView<'a> {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            f.debug_struct("TickView").field("bytes", &self.__bytes).finish()
        }
    }
    const _: () = ::wire::__private::core::assert!(
        6 <= 0xffff, "the block of `Tick` is longer than a u16 block length can say"
    );
    impl ::wire::__private::Encode for Tick {
        #[inline]
        fn encoded_len(&self) -> usize {
            2usize + 6
        }
        #[inline]
        fn encode(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            let total = ::wire::__private::Encode::encoded_len(self);
            if out.len() < total {
                return ::wire::__private::Err(
                    ::wire::__private::buffer_too_small(total, out.len()),
                );
            }
            let mut pos = 0usize;
            ::wire::__private::write_header::<
                ::wire::__private::LittleEndian,
            >(out, &mut pos, 6, ::wire::__private::Option::None)?;
            {
                let available = out.len();
                let slot = ::wire::__private::reserve(out, &mut pos, 6)?;
                let raw = match <[u8; 6] as ::wire::__private::zerocopy::FromBytes>::mut_from_prefix(
                    slot,
                ) {
                    ::wire::__private::Ok((raw, _)) => raw,
                    ::wire::__private::Err(_) => {
                        return ::wire::__private::Err(
                            ::wire::__private::buffer_too_small(total, available),
                        );
                    }
                };
                let offset = 2usize;
                ::wire::__private::SetResult::into_result(
                    ::wire::__private::write_at::<
                        u32,
                        ::wire::__private::LittleEndian,
                    >(&self.price, raw, 0, offset),
                )?;
                ::wire::__private::SetResult::into_result(
                    ::wire::__private::write_at::<
                        u16,
                        ::wire::__private::LittleEndian,
                    >(&self.qty, raw, 4, offset),
                )?;
            }
            ::wire::__private::Ok(pos)
        }
    }
    impl<'a> ::wire::__private::Decode<'a> for Tick {
        #[inline]
        fn decode_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (Self, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let depth = ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH);
            let (value, used) = Self::__wire_decode_at(bytes, depth)?;
            ::wire::__private::Ok((value, bytes.get(used..).unwrap_or_default()))
        }
    }
    #[doc(hidden)]
    impl ::wire::__private::EncodeElement for Tick {
        #[inline]
        fn elem_len(&self) -> usize {
            ::wire::__private::Encode::encoded_len(self)
        }
        #[inline]
        fn elem_write<__O: ::wire::__private::ByteOrder>(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            ::wire::__private::Encode::encode(self, out)
        }
    }
    impl<'a> ::wire::__private::Element<'a> for Tick {
        type View = TickView<'a>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Tick {
        type View = TickView<'a>;
        const MIN_LEN: usize = 2usize + 6;
        #[inline]
        fn elem_view<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (TickView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let depth = depth.enter(field, offset)?;
            Self::__wire_view_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        type Stored<__O: ::wire::__private::ByteOrder> = TickView<'a>;
        #[inline]
        fn elem_store<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (TickView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }
        #[inline]
        fn elem_store_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(TickView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn stored_view<__O: ::wire::__private::ByteOrder>(
            stored: TickView<'a>,
        ) -> TickView<'a> {
            stored
        }
        #[inline]
        fn elem_check<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_check_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        #[inline]
        fn elem_view_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(TickView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn elem_len_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            Self::__wire_len_validated(bytes)
        }
        #[inline]
        fn elem_decode<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<(Self, usize), ::wire::__private::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_decode_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
    }
};
const _: () = {
    impl ::wire::__private::FrameEncode for Tick {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Tick {
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
    impl ::wire::__private::MaxEncodedLen for Tick {
        const MAX_ENCODED_LEN: usize = 2usize + 6;
    }
    impl Tick {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl ::wire::__private::schema::HasSchema for Tick {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl Tick {
        /**The wire layout of [`Tick`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.

Version 2: the message starts with its block length (`u16`), so readers of other versions skip or default what differs.

The fixed block, bit 0 the most significant bit of byte 0:

```text
 0                   1                   2                   3
 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                             price                             |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|              qty              |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
```

- `price`: bytes 0..4, little endian; `u32`.
- `qty`: bytes 4..6, little endian; `u16`.
*/
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Tick",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct {
                endian: ::wire::__private::Some(
                    ::wire::__private::schema::Endian::Little,
                ),
                version: ::wire::__private::Some(2u32),
                block_len: 6,
                fixed_size: false,
                max_depth: 100u32,
                fields: &[
                    ::wire::__private::schema::Field {
                        name: "price",
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
                            ::wire::__private::schema::Endian::Little,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "qty",
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
                        since: 2u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::Some(
                            ::wire::__private::schema::DefaultValue::TypeDefault,
                        ),
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                ],
            }),
        };
    }
};
