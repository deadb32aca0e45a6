// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "big", size = 20)]
// pub struct Ipv4Header {
//     #[wire(bits = 4)] pub version: u8,
//     #[wire(bits = 4)] pub ihl: u8,
//     #[wire(bits = 6)] pub dscp: u8,
//     #[wire(bits = 2)] pub ecn: u8,
//     pub total_len: u16,
//     pub identification: u16,
//     #[wire(bits = 3)] pub flags: u8,
//     #[wire(bits = 13)] pub fragment_offset: u16,
//     pub ttl: u8,
//     pub protocol: u8,
//     pub checksum: u16,
//     #[wire(offset = 12)] pub src: [u8; 4],
//     pub dst: [u8; 4],
// }
/**A zero-copy view of an encoded [`Ipv4Header`] over its storage `B` (`&[u8]`, `&mut [u8]`, `Vec<u8>`, an array…), made by [`Ipv4Header::view`], [`Ipv4Header::view_prefix`], [`Ipv4Header::view_mut`] or [`Ipv4HeaderView::new`].

The bytes were checked once when the view was made, so every getter reads its field in place and cannot fail; with storage that is `AsMut<[u8]>` too, each setter writes its field in place. Each accessor is documented on [`Ipv4Header`]'s field of the same name.

# Panics

An accessor panics if the storage's `AsRef` returns fewer bytes than when the view was made.*/
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
pub struct Ipv4HeaderView<B> {
    buf: B,
}
///A view of a mutable buffer holding one [`Ipv4Header`].
pub type Ipv4HeaderViewMut<'a> = Ipv4HeaderView<&'a mut [u8]>;
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl Ipv4Header {
        /// Bytes in every encoding of this type.
        pub const SIZE: usize = 20;
    }
    impl ::wire::__private::FixedSize for Ipv4Header {
        const SIZE: usize = 20;
    }
    impl ::wire::__private::FixedField for Ipv4Header {
        type SetResult = ::wire::__private::Result<(), ::wire::__private::EncodeError>;
    }
    #[doc(hidden)]
    impl ::wire::__private::FixedWire for Ipv4Header {
        type Raw<__O: ::wire::__private::ByteOrder> = [u8; 20];
        type SetResult = ::wire::__private::Result<(), ::wire::__private::EncodeError>;
        const NEEDS_ENDIAN: bool = false;
        const FIELDS: &'static [::wire::__private::FieldSpan] = &[
            ::wire::__private::FieldSpan {
                name: "version",
                start: 0,
                end: 2,
            },
            ::wire::__private::FieldSpan {
                name: "ihl",
                start: 0,
                end: 2,
            },
            ::wire::__private::FieldSpan {
                name: "dscp",
                start: 0,
                end: 2,
            },
            ::wire::__private::FieldSpan {
                name: "ecn",
                start: 0,
                end: 2,
            },
            ::wire::__private::FieldSpan {
                name: "total_len",
                start: 2,
                end: 4,
            },
            ::wire::__private::FieldSpan {
                name: "identification",
                start: 4,
                end: 6,
            },
            ::wire::__private::FieldSpan {
                name: "flags",
                start: 6,
                end: 8,
            },
            ::wire::__private::FieldSpan {
                name: "fragment_offset",
                start: 6,
                end: 8,
            },
            ::wire::__private::FieldSpan {
                name: "ttl",
                start: 8,
                end: 9,
            },
            ::wire::__private::FieldSpan {
                name: "protocol",
                start: 9,
                end: 10,
            },
            ::wire::__private::FieldSpan {
                name: "checksum",
                start: 10,
                end: 12,
            },
            ::wire::__private::FieldSpan {
                name: "src",
                start: 12,
                end: 16,
            },
            ::wire::__private::FieldSpan {
                name: "dst",
                start: 16,
                end: 20,
            },
        ];
        #[inline]
        fn read<__O: ::wire::__private::ByteOrder>(raw: &[u8; 20]) -> Self {
            Ipv4Header {
                version: ((::wire::__private::read_be_u16(
                    ::wire::__private::chunk::<2usize>(raw, 0),
                ) >> 12u32) & 15) as u8,
                ihl: ((::wire::__private::read_be_u16(
                    ::wire::__private::chunk::<2usize>(raw, 0),
                ) >> 8u32) & 15) as u8,
                dscp: ((::wire::__private::read_be_u16(
                    ::wire::__private::chunk::<2usize>(raw, 0),
                ) >> 2u32) & 63) as u8,
                ecn: ((::wire::__private::read_be_u16(
                    ::wire::__private::chunk::<2usize>(raw, 0),
                ) >> 0u32) & 3) as u8,
                total_len: ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(raw, 2),
                identification: ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(raw, 4),
                flags: ((::wire::__private::read_be_u16(
                    ::wire::__private::chunk::<2usize>(raw, 6),
                ) >> 13u32) & 7) as u8,
                fragment_offset: ((::wire::__private::read_be_u16(
                    ::wire::__private::chunk::<2usize>(raw, 6),
                ) >> 0u32) & 8191) as u16,
                ttl: ::wire::__private::read_at::<
                    u8,
                    ::wire::__private::BigEndian,
                >(raw, 8),
                protocol: ::wire::__private::read_at::<
                    u8,
                    ::wire::__private::BigEndian,
                >(raw, 9),
                checksum: ::wire::__private::read_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(raw, 10),
                src: ::wire::__private::read_at::<
                    [u8; 4],
                    ::wire::__private::BigEndian,
                >(raw, 12),
                dst: ::wire::__private::read_at::<
                    [u8; 4],
                    ::wire::__private::BigEndian,
                >(raw, 16),
            }
        }
        #[inline]
        fn write<__O: ::wire::__private::ByteOrder>(
            &self,
            raw: &mut [u8; 20],
            offset: usize,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if !((self.version <= 15) & (self.ihl <= 15) & (self.dscp <= 63)
                & (self.ecn <= 3) & (self.flags <= 7) & (self.fragment_offset <= 8191))
            {
                return ::wire::__private::Err(
                    ::wire::__private::first_out_of_range(|| {
                        if self.version > 15 {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "version",
                                    (offset + 0),
                                    self.version as i128,
                                    4u8,
                                    false,
                                ),
                            );
                        }
                        if self.ihl > 15 {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "ihl",
                                    (offset + 0),
                                    self.ihl as i128,
                                    4u8,
                                    false,
                                ),
                            );
                        }
                        if self.dscp > 63 {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "dscp",
                                    (offset + 0),
                                    self.dscp as i128,
                                    6u8,
                                    false,
                                ),
                            );
                        }
                        if self.ecn > 3 {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "ecn",
                                    (offset + 0),
                                    self.ecn as i128,
                                    2u8,
                                    false,
                                ),
                            );
                        }
                        if self.flags > 7 {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "flags",
                                    (offset + 6),
                                    self.flags as i128,
                                    3u8,
                                    false,
                                ),
                            );
                        }
                        if self.fragment_offset > 8191 {
                            return ::wire::__private::Err(
                                ::wire::__private::out_of_range(
                                    "fragment_offset",
                                    (offset + 6),
                                    self.fragment_offset as i128,
                                    13u8,
                                    false,
                                ),
                            );
                        }
                        ::wire::__private::Ok(())
                    }),
                );
            }
            {
                let mut __bits: u16 = 0;
                __bits |= (((self.version as u8) as u16) & 15) << 12u32;
                __bits |= (((self.ihl as u8) as u16) & 15) << 8u32;
                __bits |= (((self.dscp as u8) as u16) & 63) << 2u32;
                __bits |= (((self.ecn as u8) as u16) & 3) << 0u32;
                ::wire::__private::write_be_u16(
                    ::wire::__private::chunk_mut::<2usize>(raw, 0),
                    __bits,
                );
            }
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(&self.total_len, raw, 2, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(&self.identification, raw, 4, offset),
            )?;
            {
                let mut __bits: u16 = 0;
                __bits |= (((self.flags as u8) as u16) & 7) << 13u32;
                __bits |= (((self.fragment_offset as u16) as u16) & 8191) << 0u32;
                ::wire::__private::write_be_u16(
                    ::wire::__private::chunk_mut::<2usize>(raw, 6),
                    __bits,
                );
            }
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u8,
                    ::wire::__private::BigEndian,
                >(&self.ttl, raw, 8, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u8,
                    ::wire::__private::BigEndian,
                >(&self.protocol, raw, 9, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    u16,
                    ::wire::__private::BigEndian,
                >(&self.checksum, raw, 10, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    [u8; 4],
                    ::wire::__private::BigEndian,
                >(&self.src, raw, 12, offset),
            )?;
            ::wire::__private::SetResult::into_result(
                ::wire::__private::write_at::<
                    [u8; 4],
                    ::wire::__private::BigEndian,
                >(&self.dst, raw, 16, offset),
            )?;
            ::wire::__private::Ok(())
        }
    }
    impl Ipv4Header {
        /**Checks that `bytes` is exactly one encoding of [`Ipv4Header`] ([`Ipv4Header::SIZE`] bytes) and returns a view that reads its fields in place.

# Errors

`Truncated` or `TrailingBytes` when the length differs; `InvalidDiscriminant`, `InvalidBool` or `InvalidMagic` for a field that holds no valid value.*/
        #[inline]
        pub fn view(
            bytes: &[u8],
        ) -> ::wire::__private::Result<
            Ipv4HeaderView<&[u8]>,
            ::wire::__private::DecodeError,
        > {
            Ipv4HeaderView::new(bytes)
        }
        ///Like [`Ipv4Header::view`], on the front of a longer buffer: returns the view and the bytes after it.
        #[inline]
        pub fn view_prefix(
            bytes: &[u8],
        ) -> ::wire::__private::Result<
            (Ipv4HeaderView<&[u8]>, &[u8]),
            ::wire::__private::DecodeError,
        > {
            ::wire::__private::check_fixed::<Self>(bytes, true)?;
            let (buf, rest) = bytes.split_at(Self::SIZE);
            ::wire::__private::Ok((Ipv4HeaderView { buf }, rest))
        }
        /**A view of `bytes`, which must be exactly [`Ipv4Header::SIZE`] bytes long, for writing fields in place (usually into a zeroed buffer). It checks the length only, not the contents, and writes nothing: `write_constants` writes the `magic` fields.

# Errors

`Truncated` or `TrailingBytes` when the length differs.*/
        #[inline]
        pub fn view_mut(
            bytes: &mut [u8],
        ) -> ::wire::__private::Result<
            Ipv4HeaderViewMut<'_>,
            ::wire::__private::DecodeError,
        > {
            ::wire::__private::check_fixed_len::<Self>(bytes)?;
            ::wire::__private::Ok(Ipv4HeaderView { buf: bytes })
        }
    }
    impl<B: ::wire::__private::core::convert::AsRef<[u8]>> Ipv4HeaderView<B> {
        /**A view of `buf`, checked as [`Ipv4Header::view`] checks its bytes: any storage that is `AsRef<[u8]>` (`Vec<u8>`, `[u8; N]`, `Bytes`…).

# Errors

As [`Ipv4Header::view`].*/
        #[inline]
        pub fn new(
            buf: B,
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            ::wire::__private::check_fixed::<Ipv4Header>(buf.as_ref(), false)?;
            ::wire::__private::Ok(Ipv4HeaderView { buf })
        }
        #[inline]
        fn __block(&self) -> &[u8; 20] {
            ::wire::__private::block(self.buf.as_ref())
        }
        ///Reads [`Ipv4Header::version`] in place.
        #[inline]
        pub fn version(&self) -> u8 {
            ((::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block(), 0),
            ) >> 12u32) & 15) as u8
        }
        ///Reads [`Ipv4Header::ihl`] in place.
        #[inline]
        pub fn ihl(&self) -> u8 {
            ((::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block(), 0),
            ) >> 8u32) & 15) as u8
        }
        ///Reads [`Ipv4Header::dscp`] in place.
        #[inline]
        pub fn dscp(&self) -> u8 {
            ((::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block(), 0),
            ) >> 2u32) & 63) as u8
        }
        ///Reads [`Ipv4Header::ecn`] in place.
        #[inline]
        pub fn ecn(&self) -> u8 {
            ((::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block(), 0),
            ) >> 0u32) & 3) as u8
        }
        ///Reads [`Ipv4Header::total_len`] in place.
        #[inline]
        pub fn total_len(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__block(), 2)
        }
        ///Reads [`Ipv4Header::identification`] in place.
        #[inline]
        pub fn identification(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__block(), 4)
        }
        ///Reads [`Ipv4Header::flags`] in place.
        #[inline]
        pub fn flags(&self) -> u8 {
            ((::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block(), 6),
            ) >> 13u32) & 7) as u8
        }
        ///Reads [`Ipv4Header::fragment_offset`] in place.
        #[inline]
        pub fn fragment_offset(&self) -> u16 {
            ((::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block(), 6),
            ) >> 0u32) & 8191) as u16
        }
        ///Reads [`Ipv4Header::ttl`] in place.
        #[inline]
        pub fn ttl(&self) -> u8 {
            ::wire::__private::read_at::<
                u8,
                ::wire::__private::BigEndian,
            >(self.__block(), 8)
        }
        ///Reads [`Ipv4Header::protocol`] in place.
        #[inline]
        pub fn protocol(&self) -> u8 {
            ::wire::__private::read_at::<
                u8,
                ::wire::__private::BigEndian,
            >(self.__block(), 9)
        }
        ///Reads [`Ipv4Header::checksum`] in place.
        #[inline]
        pub fn checksum(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__block(), 10)
        }
        ///Reads [`Ipv4Header::src`] in place.
        #[inline]
        pub fn src(&self) -> [u8; 4] {
            ::wire::__private::read_at::<
                [u8; 4],
                ::wire::__private::BigEndian,
            >(self.__block(), 12)
        }
        ///Reads [`Ipv4Header::dst`] in place.
        #[inline]
        pub fn dst(&self) -> [u8; 4] {
            ::wire::__private::read_at::<
                [u8; 4],
                ::wire::__private::BigEndian,
            >(self.__block(), 16)
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
        ///Reads every field into an owned [`Ipv4Header`].
        #[inline]
        pub fn to_value(&self) -> Ipv4Header {
            ::wire::__private::read_at::<
                Ipv4Header,
                ::wire::__private::BigEndian,
            >(self.__block(), 0)
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>,
    > ::wire::__private::core::fmt::Debug for Ipv4HeaderView<B> {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            f.debug_struct("Ipv4HeaderView")
                .field("version", &self.version())
                .field("ihl", &self.ihl())
                .field("dscp", &self.dscp())
                .field("ecn", &self.ecn())
                .field("total_len", &self.total_len())
                .field("identification", &self.identification())
                .field("flags", &self.flags())
                .field("fragment_offset", &self.fragment_offset())
                .field("ttl", &self.ttl())
                .field("protocol", &self.protocol())
                .field("checksum", &self.checksum())
                .field("src", &self.src())
                .field("dst", &self.dst())
                .finish()
        }
    }
    impl<
        B: ::wire::__private::core::convert::AsRef<[u8]>
            + ::wire::__private::core::convert::AsMut<[u8]>,
    > Ipv4HeaderView<B> {
        #[inline]
        fn __block_mut(&mut self) -> &mut [u8; 20] {
            ::wire::__private::block_mut(self.buf.as_mut())
        }
        /**Writes [`Ipv4Header::version`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_version(
            &mut self,
            value: u8,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if value > 15 {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range(
                        "version",
                        0,
                        value as i128,
                        4u8,
                        false,
                    ),
                );
            }
            let mut __run: u16 = ::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block_mut(), 0),
            );
            __run = (__run & !((15 as u16) << 12u32))
                | ((((value as u8) as u16) & 15) << 12u32);
            ::wire::__private::write_be_u16(
                ::wire::__private::chunk_mut::<2usize>(self.__block_mut(), 0),
                __run,
            );
            ::wire::__private::Ok(())
        }
        /**Writes [`Ipv4Header::ihl`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_ihl(
            &mut self,
            value: u8,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if value > 15 {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range("ihl", 0, value as i128, 4u8, false),
                );
            }
            let mut __run: u16 = ::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block_mut(), 0),
            );
            __run = (__run & !((15 as u16) << 8u32))
                | ((((value as u8) as u16) & 15) << 8u32);
            ::wire::__private::write_be_u16(
                ::wire::__private::chunk_mut::<2usize>(self.__block_mut(), 0),
                __run,
            );
            ::wire::__private::Ok(())
        }
        /**Writes [`Ipv4Header::dscp`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_dscp(
            &mut self,
            value: u8,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if value > 63 {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range("dscp", 0, value as i128, 6u8, false),
                );
            }
            let mut __run: u16 = ::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block_mut(), 0),
            );
            __run = (__run & !((63 as u16) << 2u32))
                | ((((value as u8) as u16) & 63) << 2u32);
            ::wire::__private::write_be_u16(
                ::wire::__private::chunk_mut::<2usize>(self.__block_mut(), 0),
                __run,
            );
            ::wire::__private::Ok(())
        }
        /**Writes [`Ipv4Header::ecn`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_ecn(
            &mut self,
            value: u8,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if value > 3 {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range("ecn", 0, value as i128, 2u8, false),
                );
            }
            let mut __run: u16 = ::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block_mut(), 0),
            );
            __run = (__run & !((3 as u16) << 0u32))
                | ((((value as u8) as u16) & 3) << 0u32);
            ::wire::__private::write_be_u16(
                ::wire::__private::chunk_mut::<2usize>(self.__block_mut(), 0),
                __run,
            );
            ::wire::__private::Ok(())
        }
        ///Writes [`Ipv4Header::total_len`] in place.
        #[inline]
        pub fn set_total_len(&mut self, value: u16) -> () {
            ::wire::__private::write_at::<
                u16,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 2, 0)
        }
        ///Writes [`Ipv4Header::identification`] in place.
        #[inline]
        pub fn set_identification(&mut self, value: u16) -> () {
            ::wire::__private::write_at::<
                u16,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 4, 0)
        }
        /**Writes [`Ipv4Header::flags`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_flags(
            &mut self,
            value: u8,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if value > 7 {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range(
                        "flags",
                        6,
                        value as i128,
                        3u8,
                        false,
                    ),
                );
            }
            let mut __run: u16 = ::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block_mut(), 6),
            );
            __run = (__run & !((7 as u16) << 13u32))
                | ((((value as u8) as u16) & 7) << 13u32);
            ::wire::__private::write_be_u16(
                ::wire::__private::chunk_mut::<2usize>(self.__block_mut(), 6),
                __run,
            );
            ::wire::__private::Ok(())
        }
        /**Writes [`Ipv4Header::fragment_offset`] in place.

# Errors

`ValueOutOfRange` when the value does not fit the field's width; nothing is written then.*/
        #[inline]
        pub fn set_fragment_offset(
            &mut self,
            value: u16,
        ) -> ::wire::__private::Result<(), ::wire::__private::EncodeError> {
            if value > 8191 {
                return ::wire::__private::Err(
                    ::wire::__private::out_of_range(
                        "fragment_offset",
                        6,
                        value as i128,
                        13u8,
                        false,
                    ),
                );
            }
            let mut __run: u16 = ::wire::__private::read_be_u16(
                ::wire::__private::chunk::<2usize>(self.__block_mut(), 6),
            );
            __run = (__run & !((8191 as u16) << 0u32))
                | ((((value as u16) as u16) & 8191) << 0u32);
            ::wire::__private::write_be_u16(
                ::wire::__private::chunk_mut::<2usize>(self.__block_mut(), 6),
                __run,
            );
            ::wire::__private::Ok(())
        }
        ///Writes [`Ipv4Header::ttl`] in place.
        #[inline]
        pub fn set_ttl(&mut self, value: u8) -> () {
            ::wire::__private::write_at::<
                u8,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 8, 0)
        }
        ///Writes [`Ipv4Header::protocol`] in place.
        #[inline]
        pub fn set_protocol(&mut self, value: u8) -> () {
            ::wire::__private::write_at::<
                u8,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 9, 0)
        }
        ///Writes [`Ipv4Header::checksum`] in place.
        #[inline]
        pub fn set_checksum(&mut self, value: u16) -> () {
            ::wire::__private::write_at::<
                u16,
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 10, 0)
        }
        ///Writes [`Ipv4Header::src`] in place.
        #[inline]
        pub fn set_src(&mut self, value: [u8; 4]) -> () {
            ::wire::__private::write_at::<
                [u8; 4],
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 12, 0)
        }
        ///Writes [`Ipv4Header::dst`] in place.
        #[inline]
        pub fn set_dst(&mut self, value: [u8; 4]) -> () {
            ::wire::__private::write_at::<
                [u8; 4],
                ::wire::__private::BigEndian,
            >(&value, self.__block_mut(), 16, 0)
        }
        ///Writes the constant of every `magic` field of [`Ipv4Header`] and of the types nested in it (if any), which making a mutable view does not: call it once on a fresh buffer.
        #[inline]
        pub fn write_constants(&mut self) {
            <Ipv4Header as ::wire::__private::FixedWire>::init::<
                ::wire::__private::BigEndian,
            >(self.__block_mut());
        }
    }
    impl ::wire::__private::Encode for Ipv4Header {
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
    impl<'a> ::wire::__private::Decode<'a> for Ipv4Header {
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
    impl ::wire::__private::EncodeElement for Ipv4Header {
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
    impl<'a> ::wire::__private::Element<'a> for Ipv4Header {
        type View = Ipv4HeaderView<&'a [u8]>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Ipv4Header {
        type View = Ipv4HeaderView<&'a [u8]>;
        type Stored<__O: ::wire::__private::ByteOrder> = Ipv4HeaderView<&'a [u8]>;
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
            ::wire::__private::Ok((Ipv4HeaderView { buf }, Self::SIZE))
        }
        #[inline]
        fn elem_view_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(Self::View, usize)> {
            let buf = bytes.get(..Self::SIZE)?;
            ::wire::__private::Some((Ipv4HeaderView { buf }, Self::SIZE))
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
    impl ::wire::__private::FrameEncode for Ipv4Header {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Ipv4Header {
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
    impl ::wire::__private::MaxEncodedLen for Ipv4Header {
        const MAX_ENCODED_LEN: usize = Self::SIZE;
    }
    impl Ipv4Header {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl ::wire::__private::schema::HasSchema for Ipv4Header {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl Ipv4Header {
        /**The wire layout of [`Ipv4Header`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.

The fixed block, bit 0 the most significant bit of byte 0:

```text
 0                   1                   2                   3
 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|version|  ihl  |    dscp   |ecn|           total_len           |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|         identification        |flags|     fragment_offset     |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|      ttl      |    protocol   |            checksum           |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                              src                              |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                              dst                              |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
```

- `version`: 4 bits at bit 0 (counting from the most significant) of the 2-byte run at bytes 0..2, big endian; `u8`.
- `ihl`: 4 bits at bit 4 (counting from the most significant) of the 2-byte run at bytes 0..2, big endian; `u8`.
- `dscp`: 6 bits at bit 8 (counting from the most significant) of the 2-byte run at bytes 0..2, big endian; `u8`.
- `ecn`: 2 bits at bit 14 (counting from the most significant) of the 2-byte run at bytes 0..2, big endian; `u8`.
- `total_len`: bytes 2..4, big endian; `u16`.
- `identification`: bytes 4..6, big endian; `u16`.
- `flags`: 3 bits at bit 0 (counting from the most significant) of the 2-byte run at bytes 6..8, big endian; `u8`.
- `fragment_offset`: 13 bits at bit 3 (counting from the most significant) of the 2-byte run at bytes 6..8, big endian; `u16`.
- `ttl`: byte 8; `u8`.
- `protocol`: byte 9; `u8`.
- `checksum`: bytes 10..12, big endian; `u16`.
- `src`: bytes 12..16; `[u8; 4]`.
- `dst`: bytes 16..20; `[u8; 4]`.
*/
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Ipv4Header",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct {
                endian: ::wire::__private::Some(::wire::__private::schema::Endian::Big),
                version: ::wire::__private::None,
                block_len: 20,
                fixed_size: true,
                max_depth: 100u32,
                fields: &[
                    ::wire::__private::schema::Field {
                        name: "version",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 0,
                            run_len: 2usize,
                            shift: 12u32,
                            width: 4u32,
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
                        name: "ihl",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 0,
                            run_len: 2usize,
                            shift: 8u32,
                            width: 4u32,
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
                        name: "dscp",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 0,
                            run_len: 2usize,
                            shift: 2u32,
                            width: 6u32,
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
                        name: "ecn",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 0,
                            run_len: 2usize,
                            shift: 0u32,
                            width: 2u32,
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
                        name: "total_len",
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
                        name: "identification",
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
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "flags",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 6,
                            run_len: 2usize,
                            shift: 13u32,
                            width: 3u32,
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
                        name: "fragment_offset",
                        doc: "",
                        rust_type: "u16",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 2usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 6,
                            run_len: 2usize,
                            shift: 0u32,
                            width: 13u32,
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
                        name: "ttl",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 8,
                            len: 1usize,
                        },
                        endian: ::wire::__private::None,
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "protocol",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 9,
                            len: 1usize,
                        },
                        endian: ::wire::__private::None,
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "checksum",
                        doc: "",
                        rust_type: "u16",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 2usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 10,
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
                        name: "src",
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
                            offset: 12,
                            len: 4usize,
                        },
                        endian: ::wire::__private::None,
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "dst",
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
                            offset: 16,
                            len: 4usize,
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
