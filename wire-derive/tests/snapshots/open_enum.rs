// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[repr(u8)]
// pub enum Side {
//     Buy = b'B',
//     Sell = b'S',
//     #[wire(other)]
//     Unknown(u8),
// }
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    const __V0: u8 = {
        #[allow(unused_parens, unused_braces)]
        const __VALUE: u8 = b'B';
        __VALUE
    };
    const __V1: u8 = {
        #[allow(unused_parens, unused_braces)]
        const __VALUE: u8 = b'S';
        __VALUE
    };
    #[doc(hidden)]
    impl ::wire::__private::FixedWire for Side {
        type Raw<__O: ::wire::__private::ByteOrder> = <u8 as ::wire::__private::FixedWire>::Raw<
            __O,
        >;
        type SetResult = ();
        const NEEDS_ENDIAN: bool = <u8 as ::wire::__private::FixedWire>::NEEDS_ENDIAN;
        #[inline]
        fn read<__O: ::wire::__private::ByteOrder>(raw: &Self::Raw<__O>) -> Self {
            match <u8 as ::wire::__private::FixedWire>::read::<__O>(raw) {
                __V0 => Side::Buy,
                __V1 => Side::Sell,
                __value => Side::Unknown(__value),
            }
        }
        #[inline]
        fn write<__O: ::wire::__private::ByteOrder>(
            &self,
            raw: &mut Self::Raw<__O>,
            offset: usize,
        ) {
            let value: u8 = match self {
                Side::Buy => __V0,
                Side::Sell => __V1,
                Side::Unknown(__value) => *__value,
            };
            <u8 as ::wire::__private::FixedWire>::write::<__O>(&value, raw, offset)
        }
    }
    ::wire::__private::__fixed_element!([::wire::__private] Side);
    impl ::wire::__private::FixedField for Side {
        type SetResult = ();
    }
    impl<'a> ::wire::__private::Element<'a> for Side {
        type View = Side;
    }
    impl Side {
        ///Bytes in the encoding of [`Side`].
        pub const SIZE: usize = 1usize;
    }
    impl ::wire::__private::FixedSize for Side {
        const SIZE: usize = 1usize;
    }
    impl ::wire::__private::Encode for Side {
        #[inline]
        fn encoded_len(&self) -> usize {
            1usize
        }
        #[inline]
        fn encode(
            &self,
            buf: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            let available = buf.len();
            match <<Self as ::wire::__private::FixedWire>::Raw<
                ::wire::__private::BigEndian,
            > as ::wire::__private::zerocopy::FromBytes>::mut_from_prefix(buf) {
                ::wire::__private::Ok((raw, _)) => {
                    <Self as ::wire::__private::FixedWire>::write::<
                        ::wire::__private::BigEndian,
                    >(self, raw, 0);
                    ::wire::__private::Ok(1usize)
                }
                ::wire::__private::Err(_) => {
                    ::wire::__private::Err(
                        ::wire::__private::buffer_too_small(1usize, available),
                    )
                }
            }
        }
    }
    impl<'a> ::wire::__private::Decode<'a> for Side {
        #[inline]
        fn decode_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (Self, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            match <<Self as ::wire::__private::FixedWire>::Raw<
                ::wire::__private::BigEndian,
            > as ::wire::__private::zerocopy::FromBytes>::ref_from_prefix(bytes) {
                ::wire::__private::Ok((raw, rest)) => {
                    <Self as ::wire::__private::FixedWire>::validate::<
                        ::wire::__private::BigEndian,
                    >(raw, "Side", 0)?;
                    ::wire::__private::Ok((
                        <Self as ::wire::__private::FixedWire>::read::<
                            ::wire::__private::BigEndian,
                        >(raw),
                        rest,
                    ))
                }
                ::wire::__private::Err(_) => {
                    ::wire::__private::Err(
                        ::wire::__private::length_error(
                            &[
                                ::wire::__private::FieldSpan {
                                    name: "Side",
                                    start: 0,
                                    end: 1usize,
                                },
                            ],
                            1usize,
                            bytes.len(),
                        ),
                    )
                }
            }
        }
    }
};
const _: () = {
    impl ::wire::__private::MaxEncodedLen for Side {
        const MAX_ENCODED_LEN: usize = 1usize;
    }
    impl Side {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl ::wire::__private::schema::HasSchema for Side {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl Side {
        ///The wire layout of [`Side`] as data: a 1-byte unsigned integer (`u8`) in the byte order of the field that holds it; named values: `Buy` = 0x42, `Sell` = 0x53. Any other value is kept by `Unknown` and encoded back unchanged.
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Side",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Enum(::wire::__private::schema::Enum {
                bytes: 1usize,
                values: &[
                    ::wire::__private::schema::EnumValue {
                        name: "Buy",
                        doc: "",
                        value: {
                            #[allow(unused_parens, unused_braces)]
                            const __VALUE: u8 = b'B';
                            __VALUE
                        } as u64,
                    },
                    ::wire::__private::schema::EnumValue {
                        name: "Sell",
                        doc: "",
                        value: {
                            #[allow(unused_parens, unused_braces)]
                            const __VALUE: u8 = b'S';
                            __VALUE
                        } as u64,
                    },
                ],
                other: ::wire::__private::Some(::wire::__private::schema::EnumOther {
                    name: "Unknown",
                    doc: "",
                }),
            }),
        };
    }
};
