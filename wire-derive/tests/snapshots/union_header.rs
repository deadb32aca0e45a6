// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(tag = "header")]
// pub enum Framed<'a> {
//     #[wire(id = 0x0146)] Fixed(Fixed),
//     #[wire(id = 2)] Variable(Variable<'a>),
//     #[wire(id = 3)] Heartbeat,
//     #[wire(other)] Unknown(u16, &'a [u8]),
// }
const _: () = {
    #[allow(dead_code)]
    fn __wire_held_types()
    where
        Fixed: ::wire::__private::Element<'static>,
    {}
};
///A view of an encoded [`Framed`]: the variant its tag selects, holding a view of its message.
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
#[allow(private_bounds)]
pub enum FramedView<'a>
where
    Fixed: for<'__w> ::wire::__private::Element<'__w>,
    for<'__w> <Fixed as ::wire::__private::Element<'__w>>::View: ::wire::__private::Copy,
{
    ///A [`Framed::Fixed`].
    Fixed(<Fixed as ::wire::__private::Element<'a>>::View),
    ///A [`Framed::Variable`].
    Variable(<Variable<'a> as ::wire::__private::Element<'a>>::View),
    ///A [`Framed::Heartbeat`].
    Heartbeat,
    ///A [`Framed::Unknown`].
    Unknown(u16, &'a [u8]),
}
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl<'a> ::wire::__private::core::fmt::Debug for FramedView<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            let variant = match self {
                FramedView::Fixed(..) => "FramedView::Fixed",
                FramedView::Variable(..) => "FramedView::Variable",
                FramedView::Heartbeat => "FramedView::Heartbeat",
                FramedView::Unknown(..) => "FramedView::Unknown",
            };
            f.write_str(variant)
        }
    }
    const __ID0: u16 = 0x0146;
    const __ID1: u16 = 2;
    const __ID2: u16 = 3;
    impl<'a> Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[doc(hidden)]
        pub const __WIRE_MAX_DEPTH: u32 = 100u32;
        #[doc(hidden)]
        pub fn __wire_view_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
            __tag: u16,
        ) -> ::wire::__private::Result<
            (FramedView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let tag: u16 = __tag;
            let pos = 0usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <Fixed as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view::<
                        ::wire::__private::BigEndian,
                    >(rest, "Fixed", pos, __depth)?;
                    ::wire::__private::Ok((FramedView::Fixed(value), pos + used))
                }
                __ID1 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <Variable<
                        'a,
                    > as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view::<
                        ::wire::__private::BigEndian,
                    >(rest, "Variable", pos, __depth)?;
                    ::wire::__private::Ok((FramedView::Variable(value), pos + used))
                }
                __ID2 => ::wire::__private::Ok((FramedView::Heartbeat, pos)),
                _ => {
                    ::wire::__private::Ok((
                        FramedView::Unknown(tag, bytes.get(pos..).unwrap_or_default()),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_decode_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
            __tag: u16,
        ) -> ::wire::__private::Result<
            (Framed<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let tag: u16 = __tag;
            let pos = 0usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <Fixed as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_decode::<
                        ::wire::__private::BigEndian,
                    >(rest, "Fixed", pos, __depth)?;
                    ::wire::__private::Ok((Framed::Fixed(value), pos + used))
                }
                __ID1 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <Variable<
                        'a,
                    > as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_decode::<
                        ::wire::__private::BigEndian,
                    >(rest, "Variable", pos, __depth)?;
                    ::wire::__private::Ok((Framed::Variable(value), pos + used))
                }
                __ID2 => ::wire::__private::Ok((Framed::Heartbeat, pos)),
                _ => {
                    ::wire::__private::Ok((
                        Framed::Unknown(
                            tag as u16,
                            bytes.get(pos..).unwrap_or_default(),
                        ),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        #[allow(dead_code)]
        pub fn __wire_check_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
            __tag: u16,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let tag: u16 = __tag;
            let pos = 0usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    ::wire::__private::Ok(
                        pos
                            + <Fixed as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_check::<
                                ::wire::__private::BigEndian,
                            >(rest, "Fixed", pos, __depth)?,
                    )
                }
                __ID1 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    ::wire::__private::Ok(
                        pos
                            + <Variable<
                                'a,
                            > as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_check::<
                                ::wire::__private::BigEndian,
                            >(rest, "Variable", pos, __depth)?,
                    )
                }
                __ID2 => ::wire::__private::Ok(pos),
                _ => ::wire::__private::Ok(bytes.len()),
            }
        }
        #[doc(hidden)]
        #[allow(dead_code)]
        pub fn __wire_view_validated(
            bytes: &'a [u8],
            __tag: u16,
        ) -> ::wire::__private::Option<(FramedView<'a>, usize)> {
            let tag: u16 = __tag;
            let pos = 0usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..)?;
                    let (value, used) = <Fixed as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view_validated::<::wire::__private::BigEndian>(rest)?;
                    ::wire::__private::Option::Some((
                        FramedView::Fixed(value),
                        pos + used,
                    ))
                }
                __ID1 => {
                    let rest = bytes.get(pos..)?;
                    let (value, used) = <Variable<
                        'a,
                    > as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view_validated::<::wire::__private::BigEndian>(rest)?;
                    ::wire::__private::Option::Some((
                        FramedView::Variable(value),
                        pos + used,
                    ))
                }
                __ID2 => ::wire::__private::Option::Some((FramedView::Heartbeat, pos)),
                _ => {
                    ::wire::__private::Option::Some((
                        FramedView::Unknown(tag, bytes.get(pos..).unwrap_or_default()),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        #[allow(dead_code)]
        pub fn __wire_len_validated(
            bytes: &'a [u8],
            __tag: u16,
        ) -> ::wire::__private::Option<usize> {
            let tag: u16 = __tag;
            let pos = 0usize;
            match tag {
                __ID0 => {
                    ::wire::__private::Option::Some(
                        pos
                            + <Fixed as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_len_validated::<
                                ::wire::__private::BigEndian,
                            >(bytes.get(pos..)?)?,
                    )
                }
                __ID1 => {
                    ::wire::__private::Option::Some(
                        pos
                            + <Variable<
                                'a,
                            > as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_len_validated::<
                                ::wire::__private::BigEndian,
                            >(bytes.get(pos..)?)?,
                    )
                }
                __ID2 => ::wire::__private::Option::Some(pos),
                _ => ::wire::__private::Option::Some(bytes.len()),
            }
        }
    }
    impl<'a> ::wire::__private::Encode for Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Framed::Fixed(value) => {
                    0usize + ::wire::__private::EncodeElement::elem_len(value)
                }
                Framed::Variable(value) => {
                    0usize + ::wire::__private::EncodeElement::elem_len(value)
                }
                Framed::Heartbeat => 0usize,
                Framed::Unknown(tag, bytes) => {
                    0usize
                        + ::wire::__private::core::convert::AsRef::<[u8]>::as_ref(bytes)
                            .len()
                }
            }
        }
        #[inline]
        fn encode(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            let mut pos = 0usize;
            match self {
                Framed::Fixed(value) => {
                    ::wire::__private::write_element::<
                        Fixed,
                        ::wire::__private::BigEndian,
                    >(out, &mut pos, value)?;
                }
                Framed::Variable(value) => {
                    ::wire::__private::write_element::<
                        Variable<'a>,
                        ::wire::__private::BigEndian,
                    >(out, &mut pos, value)?;
                }
                Framed::Heartbeat => {}
                Framed::Unknown(tag, bytes) => {
                    let bytes = ::wire::__private::core::convert::AsRef::<
                        [u8],
                    >::as_ref(bytes);
                    ::wire::__private::reserve(out, &mut pos, bytes.len())?
                        .copy_from_slice(bytes);
                }
            }
            ::wire::__private::Ok(pos)
        }
    }
    impl<'a> Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The ids of `Framed`'s variants, in declaration order (an `other` variant has none of its own).
        pub const TAGS: &'static [u64] = &[__ID0 as u64, __ID1 as u64, __ID2 as u64];
        ///The tag of this value: its variant's id, which a frame carries as its header's message type (an `other` value's own tag).
        #[inline]
        pub fn tag(&self) -> u64 {
            match self {
                Framed::Fixed(..) => __ID0 as u64,
                Framed::Variable(..) => __ID1 as u64,
                Framed::Heartbeat => __ID2 as u64,
                Framed::Unknown(tag, ..) => *tag as u64,
            }
        }
    }
    impl<'a> Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        /**Views the message the tag selects in `bytes` (exactly one message, without a tag: `Framed` is tagged in the frame header).

# Errors

`UnknownTag` for a tag no variant has (unless one is `other`), and the errors of the selected message.*/
        #[inline]
        pub fn view_with_tag(
            tag: u16,
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<FramedView<'a>, ::wire::__private::DecodeError> {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
                tag,
            )?;
            if used != bytes.len() {
                return ::wire::__private::Err(::wire::__private::DecodeError::TrailingBytes {
                    offset: ::wire::__private::saturate(used),
                    count: ::wire::__private::saturate(bytes.len() - used),
                });
            }
            ::wire::__private::Ok(view)
        }
        /**Decodes the message the tag selects from `bytes` (exactly one message, without a tag: `Framed` is tagged in the frame header).

# Errors

As [`Framed::view_with_tag`].*/
        #[inline]
        pub fn decode_with_tag(
            tag: u16,
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            let (value, used) = Self::__wire_decode_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
                tag,
            )?;
            if used != bytes.len() {
                return ::wire::__private::Err(::wire::__private::DecodeError::TrailingBytes {
                    offset: ::wire::__private::saturate(used),
                    count: ::wire::__private::saturate(bytes.len() - used),
                });
            }
            ::wire::__private::Ok(value)
        }
    }
    impl<'a> ::wire::__private::FrameEncode for Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const TAG_IN_HEADER: bool = true;
        #[inline]
        fn frame_meta(&self) -> ::wire::__private::FrameMeta {
            ::wire::__private::FrameMeta::new(self.tag() as u16)
        }
    }
    impl<'a> ::wire::__private::FrameDecode<'a> for Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = FramedView<'a>;
        #[inline]
        fn decode_frame(
            msg_type: ::wire::__private::Option<u16>,
            payload: &'a [u8],
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            match msg_type {
                ::wire::__private::Some(tag) => Self::decode_with_tag(tag, payload),
                ::wire::__private::None => {
                    ::wire::__private::Err(::wire::__private::missing_msg_type("Framed"))
                }
            }
        }
        #[inline]
        fn view_frame(
            msg_type: ::wire::__private::Option<u16>,
            payload: &'a [u8],
        ) -> ::wire::__private::Result<FramedView<'a>, ::wire::__private::DecodeError> {
            match msg_type {
                ::wire::__private::Some(tag) => Self::view_with_tag(tag, payload),
                ::wire::__private::None => {
                    ::wire::__private::Err(::wire::__private::missing_msg_type("Framed"))
                }
            }
        }
    }
    impl<'a> ::wire::__private::MaxEncodedLen for Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const MAX_ENCODED_LEN: usize = {
            let __max = 0usize;
            let __len = 0usize + ::wire::__private::max_encoded_len::<Fixed>();
            let __max = if __len > __max { __len } else { __max };
            let __len = 0usize + ::wire::__private::max_encoded_len::<Variable<'a>>();
            let __max = if __len > __max { __len } else { __max };
            let __len = 0usize + 0usize;
            let __max = if __len > __max { __len } else { __max };
            let __len = 0usize
                + {
                    const fn __wire_unbounded() -> usize {
                        ::wire::__private::core::panic!(
                            "`Framed` has no maximum encoded length: its `other` variant `Unknown` keeps bytes of any length"
                        )
                    }
                    __wire_unbounded()
                };
            let __max = if __len > __max { __len } else { __max };
            __max
        };
    }
    impl<'a> Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl<'a> ::wire::__private::schema::HasSchema for Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl<'a> Framed<'a>
    where
        Fixed: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Fixed as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The wire layout of [`Framed`] as data: a tag (the frame header's message type, not in the payload), then the selected variant's message. Tags: 0x146: `Fixed`; 0x2: `Variable`; 0x3: `Heartbeat`; any other tag: `Unknown`.
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Framed",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Union(::wire::__private::schema::Union {
                tag: ::wire::__private::schema::TagKind::Header,
                endian: ::wire::__private::None,
                max_depth: 100u32,
                variants: &[
                    ::wire::__private::schema::Variant {
                        name: "Fixed",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u16 = 0x0146;
                            ID as u64
                        }),
                        payload: ::wire::__private::Some(
                            ::wire::__private::schema::Type::Named(
                                ::wire::__private::schema::SchemaRef::of::<Fixed>(),
                            ),
                        ),
                    },
                    ::wire::__private::schema::Variant {
                        name: "Variable",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u16 = 2;
                            ID as u64
                        }),
                        payload: ::wire::__private::Some(
                            ::wire::__private::schema::Type::Named(
                                ::wire::__private::schema::SchemaRef::of::<Variable<'a>>(),
                            ),
                        ),
                    },
                    ::wire::__private::schema::Variant {
                        name: "Heartbeat",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u16 = 3;
                            ID as u64
                        }),
                        payload: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Variant {
                        name: "Unknown",
                        doc: "",
                        id: ::wire::__private::None,
                        payload: ::wire::__private::None,
                    },
                ],
            }),
        };
    }
};
