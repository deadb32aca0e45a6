// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[repr(u16)]
// #[wire(endian = "little")]
// pub enum Status {
//     Ok = 0,
//     Busy = 0x0101,
//     #[wire(other)]
//     Unknown(u16),
// }
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    const __V0: u16 = {
        #[allow(unused_parens, unused_braces)]
        const __VALUE: u16 = 0;
        __VALUE
    };
    const __V1: u16 = {
        #[allow(unused_parens, unused_braces)]
        const __VALUE: u16 = 0x0101;
        __VALUE
    };
    #[doc(hidden)]
    impl ::wire::__private::FixedWire for Status {
        type Raw<__O: ::wire::__private::ByteOrder> = <u16 as ::wire::__private::FixedWire>::Raw<
            __O,
        >;
        type SetResult = ();
        const NEEDS_ENDIAN: bool = <u16 as ::wire::__private::FixedWire>::NEEDS_ENDIAN;
        #[inline]
        fn read<__O: ::wire::__private::ByteOrder>(raw: &Self::Raw<__O>) -> Self {
            match <u16 as ::wire::__private::FixedWire>::read::<__O>(raw) {
                __V0 => Status::Ok,
                __V1 => Status::Busy,
                __value => Status::Unknown(__value),
            }
        }
        #[inline]
        fn write<__O: ::wire::__private::ByteOrder>(
            &self,
            raw: &mut Self::Raw<__O>,
            offset: usize,
        ) {
            let value: u16 = match self {
                Status::Ok => __V0,
                Status::Busy => __V1,
                Status::Unknown(__value) => *__value,
            };
            <u16 as ::wire::__private::FixedWire>::write::<__O>(&value, raw, offset)
        }
    }
    ::wire::__private::__fixed_element!([::wire::__private] Status);
    impl ::wire::__private::FixedField for Status {
        type SetResult = ();
    }
    impl<'a> ::wire::__private::Element<'a> for Status {
        type View = Status;
    }
    impl Status {
        ///Bytes in the encoding of [`Status`].
        pub const SIZE: usize = 2usize;
    }
    impl ::wire::__private::FixedSize for Status {
        const SIZE: usize = 2usize;
    }
    impl ::wire::__private::Encode for Status {
        #[inline]
        fn encoded_len(&self) -> usize {
            2usize
        }
        #[inline]
        fn encode(
            &self,
            buf: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            let available = buf.len();
            match <<Self as ::wire::__private::FixedWire>::Raw<
                ::wire::__private::LittleEndian,
            > as ::wire::__private::zerocopy::FromBytes>::mut_from_prefix(buf) {
                ::wire::__private::Ok((raw, _)) => {
                    <Self as ::wire::__private::FixedWire>::write::<
                        ::wire::__private::LittleEndian,
                    >(self, raw, 0);
                    ::wire::__private::Ok(2usize)
                }
                ::wire::__private::Err(_) => {
                    ::wire::__private::Err(
                        ::wire::__private::buffer_too_small(2usize, available),
                    )
                }
            }
        }
    }
    impl<'a> ::wire::__private::Decode<'a> for Status {
        #[inline]
        fn decode_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (Self, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            match <<Self as ::wire::__private::FixedWire>::Raw<
                ::wire::__private::LittleEndian,
            > as ::wire::__private::zerocopy::FromBytes>::ref_from_prefix(bytes) {
                ::wire::__private::Ok((raw, rest)) => {
                    <Self as ::wire::__private::FixedWire>::validate::<
                        ::wire::__private::LittleEndian,
                    >(raw, "Status", 0)?;
                    ::wire::__private::Ok((
                        <Self as ::wire::__private::FixedWire>::read::<
                            ::wire::__private::LittleEndian,
                        >(raw),
                        rest,
                    ))
                }
                ::wire::__private::Err(_) => {
                    ::wire::__private::Err(
                        ::wire::__private::length_error(
                            &[
                                ::wire::__private::FieldSpan {
                                    name: "Status",
                                    start: 0,
                                    end: 2usize,
                                },
                            ],
                            2usize,
                            bytes.len(),
                        ),
                    )
                }
            }
        }
    }
};
const _: () = {
    impl ::wire::__private::MaxEncodedLen for Status {
        const MAX_ENCODED_LEN: usize = 2usize;
    }
    impl Status {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl ::wire::__private::schema::HasSchema for Status {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl Status {
        ///The wire layout of [`Status`] as data: a 2-byte unsigned integer (`u16`) in the byte order of the field that holds it; named values: `Ok` = 0x0, `Busy` = 0x101. Any other value is kept by `Unknown` and encoded back unchanged.
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Status",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Enum(::wire::__private::schema::Enum {
                bytes: 2usize,
                values: &[
                    ::wire::__private::schema::EnumValue {
                        name: "Ok",
                        doc: "",
                        value: {
                            #[allow(unused_parens, unused_braces)]
                            const __VALUE: u16 = 0;
                            __VALUE
                        } as u64,
                    },
                    ::wire::__private::schema::EnumValue {
                        name: "Busy",
                        doc: "",
                        value: {
                            #[allow(unused_parens, unused_braces)]
                            const __VALUE: u16 = 0x0101;
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
