// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "big")]
// pub struct Note<'a> {
//     pub id: u16,
//     #[wire(checksum = "internet", over = "block", verify)] pub sum: u16,
//     #[wire(len = "u8")] pub text: &'a str,
// }
///A view of an encoded [`Note`], made by [`Note::view`] or [`Note::view_prefix`]: the fixed fields are read in place, the variable ones were located (and checked) once, so every accessor is O(1) and cannot fail.
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
pub struct NoteView<'a> {
    __bytes: &'a [u8],
    __raw: &'a [u8; 4],
    text: &'a str,
}
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    const __FIELDS: &[::wire::__private::FieldSpan] = &[
        ::wire::__private::FieldSpan {
            name: "id",
            start: 0,
            end: 2,
        },
        ::wire::__private::FieldSpan {
            name: "sum",
            start: 2,
            end: 4,
        },
    ];
    impl<'a> Note<'a> {
        #[doc(hidden)]
        pub const __WIRE_MAX_DEPTH: u32 = 100u32;
        #[doc(hidden)]
        pub fn __wire_view_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (NoteView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let __raw: &'a [u8; 4] = ::wire::__private::read_block::<
                [u8; 4],
            >(bytes, __FIELDS)?;
            {
                let raw = __raw;
                let offset = 0usize;
            }
            let mut pos = 4;
            let text = ::wire::__private::read_str::<
                ::wire::__private::BigEndian,
            >(bytes, &mut pos, ::wire::__private::LenPrefix::U8, 255u64, "text")?;
            let end = pos;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                bytes,
                0..4,
                2,
                false,
                "sum",
                0usize,
            )?;
            ::wire::__private::Ok((
                NoteView {
                    __bytes: bytes.get(..end).unwrap_or_default(),
                    __raw,
                    text,
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_decode_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (Note<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let __raw: &'a [u8; 4] = ::wire::__private::read_block::<
                [u8; 4],
            >(bytes, __FIELDS)?;
            {
                let raw = __raw;
                let offset = 0usize;
            }
            let mut pos = 4;
            let text = ::wire::__private::read_str::<
                ::wire::__private::BigEndian,
            >(bytes, &mut pos, ::wire::__private::LenPrefix::U8, 255u64, "text")?;
            let end = pos;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                bytes,
                0..4,
                2,
                false,
                "sum",
                0usize,
            )?;
            ::wire::__private::Ok((
                Note {
                    id: ::wire::__private::read_at::<
                        u16,
                        ::wire::__private::BigEndian,
                    >(__raw, 0),
                    sum: ::wire::__private::read_at::<
                        u16,
                        ::wire::__private::BigEndian,
                    >(__raw, 2),
                    text,
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_check_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let __raw: &'a [u8; 4] = ::wire::__private::read_block::<
                [u8; 4],
            >(bytes, __FIELDS)?;
            {
                let raw = __raw;
                let offset = 0usize;
            }
            let mut pos = 4;
            let _ = ::wire::__private::read_str::<
                ::wire::__private::BigEndian,
            >(bytes, &mut pos, ::wire::__private::LenPrefix::U8, 255u64, "text")?;
            let end = pos;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                bytes,
                0..4,
                2,
                false,
                "sum",
                0usize,
            )?;
            ::wire::__private::Ok(end)
        }
        #[doc(hidden)]
        pub fn __wire_view_validated(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(NoteView<'a>, usize)> {
            let (__raw, _) = <[u8; 4] as ::wire::__private::zerocopy::FromBytes>::ref_from_prefix(
                    bytes,
                )
                .ok()?;
            let mut pos = 4;
            let text = ::wire::__private::validated_str::<
                ::wire::__private::BigEndian,
            >(bytes, &mut pos, ::wire::__private::LenPrefix::U8)?;
            let end = pos;
            ::wire::__private::Option::Some((
                NoteView {
                    __bytes: bytes.get(..end).unwrap_or_default(),
                    __raw,
                    text,
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_len_validated(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            let mut pos = 4;
            let _ = ::wire::__private::validated_bytes::<
                ::wire::__private::BigEndian,
            >(bytes, &mut pos, ::wire::__private::LenPrefix::U8)?;
            ::wire::__private::Option::Some(pos)
        }
    }
    impl<'a> Note<'a> {
        /**Checks that `bytes` is exactly one encoding of [`Note`] and returns a view of it.

Every length is checked against its cap and against the input before anything else; strings are checked to be UTF-8; enums, bools and lists are checked element by element. Afterwards every accessor is O(1) and cannot fail.

# Errors

`Truncated`, `TrailingBytes`, `LengthExceedsMax`, `InvalidUtf8`, `MalformedVarint`, `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, or `InvalidBlockLength` for a versioned message, each with the field and its offset.*/
        #[inline]
        pub fn view(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<NoteView<'a>, ::wire::__private::DecodeError> {
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
        ///Like [`Note::view`], on the front of a longer buffer: returns the view and the bytes after the message.
        #[inline]
        pub fn view_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (NoteView<'a>, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default()))
        }
    }
    impl<'a> NoteView<'a> {
        ///`id`: bytes 0..2, big endian; `u16`.
        #[inline]
        pub fn id(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__raw, 0)
        }
        ///`sum`: bytes 2..4, big endian; `u16`.
        #[inline]
        pub fn sum(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__raw, 2)
        }
        ///`text`: variable-length field 1 after the fixed block; UTF-8 prefixed by its length in bytes as a u8, at most 255.
        #[inline]
        pub fn text(&self) -> &'a str {
            self.text
        }
        /// The bytes of the encoding.
        #[inline]
        pub fn as_bytes(&self) -> &'a [u8] {
            self.__bytes
        }
    }
    impl<'a> ::wire::__private::core::fmt::Debug for NoteView<'a> {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            f.debug_struct("NoteView").field("bytes", &self.__bytes).finish()
        }
    }
    impl<'a> ::wire::__private::Encode for Note<'a> {
        #[inline]
        fn encoded_len(&self) -> usize {
            0usize + 4
                + {
                    let n = ::wire::__private::core::convert::AsRef::<
                        [u8],
                    >::as_ref(&self.text)
                        .len();
                    ::wire::__private::prefixed_len(
                        ::wire::__private::LenPrefix::U8,
                        n,
                        n,
                    )
                }
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
            {
                let available = out.len();
                let slot = ::wire::__private::reserve(out, &mut pos, 4)?;
                let raw = match <[u8; 4] as ::wire::__private::zerocopy::FromBytes>::mut_from_prefix(
                    slot,
                ) {
                    ::wire::__private::Ok((raw, _)) => raw,
                    ::wire::__private::Err(_) => {
                        return ::wire::__private::Err(
                            ::wire::__private::buffer_too_small(total, available),
                        );
                    }
                };
                let offset = 0usize;
                ::wire::__private::SetResult::into_result(
                    ::wire::__private::write_at::<
                        u16,
                        ::wire::__private::BigEndian,
                    >(&self.id, raw, 0, offset),
                )?;
                ::wire::__private::SetResult::into_result(
                    ::wire::__private::write_at::<
                        u16,
                        ::wire::__private::BigEndian,
                    >(&self.sum, raw, 2, offset),
                )?;
            }
            ::wire::__private::write_bytes::<
                ::wire::__private::BigEndian,
            >(
                out,
                &mut pos,
                ::wire::__private::LenPrefix::U8,
                255u64,
                "text",
                ::wire::__private::core::convert::AsRef::<[u8]>::as_ref(&self.text),
            )?;
            ::wire::__private::fill_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                &mut out[..pos],
                0..4,
                2,
                false,
            );
            ::wire::__private::Ok(pos)
        }
    }
    impl<'a> ::wire::__private::Decode<'a> for Note<'a> {
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
    impl<'a> ::wire::__private::EncodeElement for Note<'a> {
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
    impl<'a> ::wire::__private::Element<'a> for Note<'a> {
        type View = NoteView<'a>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Note<'a> {
        type View = NoteView<'a>;
        const MIN_LEN: usize = 1usize + 4;
        #[inline]
        fn elem_view<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (NoteView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let depth = depth.enter(field, offset)?;
            Self::__wire_view_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        type Stored<__O: ::wire::__private::ByteOrder> = NoteView<'a>;
        #[inline]
        fn elem_store<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (NoteView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }
        #[inline]
        fn elem_store_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(NoteView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn stored_view<__O: ::wire::__private::ByteOrder>(
            stored: NoteView<'a>,
        ) -> NoteView<'a> {
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
        ) -> ::wire::__private::Option<(NoteView<'a>, usize)> {
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
    impl<'a> NoteView<'a> {
        /**Checks every checksum field against the bytes it covers, in declaration order: `sum` (internet over the fixed block). Each is computed with its own bytes read as zero.

# Errors

`ChecksumMismatch` for the first field that differs, with its offset, the checksum computed and the value found.*/
        #[inline]
        pub fn verify_checksum(
            &self,
        ) -> ::wire::__private::Result<(), ::wire::__private::DecodeError> {
            let bytes: &[u8] = self.__bytes;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                bytes,
                0..4,
                2,
                false,
                "sum",
                0usize,
            )?;
            ::wire::__private::Ok(())
        }
    }
};
const _: () = {
    impl<'a> ::wire::__private::FrameEncode for Note<'a> {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Note<'a> {
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
    impl<'a> ::wire::__private::MaxEncodedLen for Note<'a> {
        const MAX_ENCODED_LEN: usize = 0usize + 4 + (1usize + 255usize);
    }
    impl<'a> Note<'a> {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl<'a> ::wire::__private::schema::HasSchema for Note<'a> {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl<'a> Note<'a> {
        /**The wire layout of [`Note`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.

The fixed block, bit 0 the most significant bit of byte 0:

```text
 0                   1                   2                   3
 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|               id              |              sum              |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
```

- `id`: bytes 0..2, big endian; `u16`.
- `sum`: bytes 2..4, big endian; `u16`.
- `text`: variable-length field 1 after the fixed block; UTF-8 prefixed by its length in bytes as a u8, at most 255.
*/
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Note",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct {
                endian: ::wire::__private::Some(::wire::__private::schema::Endian::Big),
                version: ::wire::__private::None,
                block_len: 4,
                fixed_size: false,
                max_depth: 100u32,
                fields: &[
                    ::wire::__private::schema::Field {
                        name: "id",
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
                        name: "sum",
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
                        checksum: ::wire::__private::Some(::wire::__private::schema::Checksum {
                            algorithm: ::wire::__private::schema::ChecksumAlgorithm::Internet,
                            over: ::wire::__private::schema::ChecksumRange::Block,
                            verify_on_view: true,
                        }),
                    },
                    ::wire::__private::schema::Field {
                        name: "text",
                        doc: "",
                        rust_type: "&'a str",
                        ty: ::wire::__private::schema::Type::Str {
                            prefix: ::wire::__private::schema::LenPrefix::U8,
                            max_len: 255u64,
                        },
                        place: ::wire::__private::schema::Place::Variable {
                            index: 0usize,
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
