// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(tag = "u8", endian = "big")]
// pub enum Itch<'a> {
//     #[wire(id = b'S')] SystemEvent(SystemEvent),
//     #[wire(id = b'V')] Variable(Variable<'a>),
//     #[wire(id = 0)] Heartbeat,
//     #[wire(other)] Other(u8, &'a [u8]),
// }
const _: () = {
    #[allow(dead_code)]
    fn __wire_held_types()
    where
        SystemEvent: ::wire::__private::Element<'static>,
    {}
};
///A view of an encoded [`Itch`]: the variant its tag selects, holding a view of its message.
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
#[allow(private_bounds)]
pub enum ItchView<'a>
where
    SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
    for<'__w> <SystemEvent as ::wire::__private::Element<
        '__w,
    >>::View: ::wire::__private::Copy,
{
    ///A [`Itch::SystemEvent`].
    SystemEvent(<SystemEvent as ::wire::__private::Element<'a>>::View),
    ///A [`Itch::Variable`].
    Variable(<Variable<'a> as ::wire::__private::Element<'a>>::View),
    ///A [`Itch::Heartbeat`].
    Heartbeat,
    ///A [`Itch::Other`].
    Other(u8, &'a [u8]),
}
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl<'a> ::wire::__private::core::fmt::Debug for ItchView<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            let variant = match self {
                ItchView::SystemEvent(..) => "ItchView::SystemEvent",
                ItchView::Variable(..) => "ItchView::Variable",
                ItchView::Heartbeat => "ItchView::Heartbeat",
                ItchView::Other(..) => "ItchView::Other",
            };
            f.write_str(variant)
        }
    }
    const __ID0: u8 = b'S';
    const __ID1: u8 = b'V';
    const __ID2: u8 = 0;
    impl<'a> Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[doc(hidden)]
        pub const __WIRE_MAX_DEPTH: u32 = 100u32;
        #[doc(hidden)]
        pub fn __wire_view_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (ItchView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let tag: u8 = match bytes.first() {
                ::wire::__private::Option::Some(tag) => *tag,
                ::wire::__private::Option::None => {
                    return ::wire::__private::Err(::wire::__private::DecodeError::Truncated {
                        field: "Itch",
                        offset: 0,
                        needed: 1,
                        available: 0,
                    });
                }
            };
            let pos = 1usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <SystemEvent as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view::<
                        ::wire::__private::BigEndian,
                    >(rest, "SystemEvent", pos, __depth)?;
                    ::wire::__private::Ok((ItchView::SystemEvent(value), pos + used))
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
                    ::wire::__private::Ok((ItchView::Variable(value), pos + used))
                }
                __ID2 => ::wire::__private::Ok((ItchView::Heartbeat, pos)),
                _ => {
                    ::wire::__private::Ok((
                        ItchView::Other(tag, bytes.get(pos..).unwrap_or_default()),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_decode_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (Itch<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let tag: u8 = match bytes.first() {
                ::wire::__private::Option::Some(tag) => *tag,
                ::wire::__private::Option::None => {
                    return ::wire::__private::Err(::wire::__private::DecodeError::Truncated {
                        field: "Itch",
                        offset: 0,
                        needed: 1,
                        available: 0,
                    });
                }
            };
            let pos = 1usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <SystemEvent as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_decode::<
                        ::wire::__private::BigEndian,
                    >(rest, "SystemEvent", pos, __depth)?;
                    ::wire::__private::Ok((Itch::SystemEvent(value), pos + used))
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
                    ::wire::__private::Ok((Itch::Variable(value), pos + used))
                }
                __ID2 => ::wire::__private::Ok((Itch::Heartbeat, pos)),
                _ => {
                    ::wire::__private::Ok((
                        Itch::Other(tag as u8, bytes.get(pos..).unwrap_or_default()),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_check_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let tag: u8 = match bytes.first() {
                ::wire::__private::Option::Some(tag) => *tag,
                ::wire::__private::Option::None => {
                    return ::wire::__private::Err(::wire::__private::DecodeError::Truncated {
                        field: "Itch",
                        offset: 0,
                        needed: 1,
                        available: 0,
                    });
                }
            };
            let pos = 1usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    ::wire::__private::Ok(
                        pos
                            + <SystemEvent as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_check::<
                                ::wire::__private::BigEndian,
                            >(rest, "SystemEvent", pos, __depth)?,
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
        pub fn __wire_view_validated(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(ItchView<'a>, usize)> {
            let tag: u8 = *bytes.first()?;
            let pos = 1usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..)?;
                    let (value, used) = <SystemEvent as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view_validated::<::wire::__private::BigEndian>(rest)?;
                    ::wire::__private::Option::Some((
                        ItchView::SystemEvent(value),
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
                        ItchView::Variable(value),
                        pos + used,
                    ))
                }
                __ID2 => ::wire::__private::Option::Some((ItchView::Heartbeat, pos)),
                _ => {
                    ::wire::__private::Option::Some((
                        ItchView::Other(tag, bytes.get(pos..).unwrap_or_default()),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_len_validated(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            let tag: u8 = *bytes.first()?;
            let pos = 1usize;
            match tag {
                __ID0 => {
                    ::wire::__private::Option::Some(
                        pos
                            + <SystemEvent as ::wire::__private::DecodeElement<
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
        /**Reads the tag and views the message it selects; `bytes` must hold exactly one message.

# Errors

`UnknownTag` for a tag no variant has (unless one is `other`), and the errors of the selected message, at their offsets in `bytes`.*/
        #[inline(always)]
        pub fn view(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<ItchView<'a>, ::wire::__private::DecodeError> {
            if let ::wire::__private::Option::Some((&tag, rest)) = bytes.split_first() {
                match tag {
                    __ID0 if <SystemEvent as ::wire::__private::DecodeElement<
                        'a,
                    >>::EXACT_LEN == ::wire::__private::Some(rest.len()) => {
                        if let ::wire::__private::Ok((value, _)) = <SystemEvent as ::wire::__private::DecodeElement<
                            'a,
                        >>::elem_view::<
                            ::wire::__private::BigEndian,
                        >(
                            rest,
                            "SystemEvent",
                            1,
                            ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
                        ) {
                            return ::wire::__private::Ok(ItchView::SystemEvent(value));
                        }
                    }
                    __ID1 if <Variable<
                        'a,
                    > as ::wire::__private::DecodeElement<'a>>::EXACT_LEN
                        == ::wire::__private::Some(rest.len()) => {
                        if let ::wire::__private::Ok((value, _)) = <Variable<
                            'a,
                        > as ::wire::__private::DecodeElement<
                            'a,
                        >>::elem_view::<
                            ::wire::__private::BigEndian,
                        >(
                            rest,
                            "Variable",
                            1,
                            ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
                        ) {
                            return ::wire::__private::Ok(ItchView::Variable(value));
                        }
                    }
                    _ => {}
                }
            }
            Self::__wire_view_whole(bytes)
        }
        #[inline]
        fn __wire_view_whole(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<ItchView<'a>, ::wire::__private::DecodeError> {
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
        ///Like [`Itch::view`], on the front of a longer buffer.
        #[inline]
        pub fn view_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (ItchView<'a>, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default()))
        }
    }
    impl<'a> ::wire::__private::Encode for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Itch::SystemEvent(value) => {
                    1usize + ::wire::__private::EncodeElement::elem_len(value)
                }
                Itch::Variable(value) => {
                    1usize + ::wire::__private::EncodeElement::elem_len(value)
                }
                Itch::Heartbeat => 1usize,
                Itch::Other(tag, bytes) => {
                    1usize
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
                Itch::SystemEvent(value) => {
                    ::wire::__private::reserve(out, &mut pos, 1)?[0] = __ID0 as u8;
                    ::wire::__private::write_element::<
                        SystemEvent,
                        ::wire::__private::BigEndian,
                    >(out, &mut pos, value)?;
                }
                Itch::Variable(value) => {
                    ::wire::__private::reserve(out, &mut pos, 1)?[0] = __ID1 as u8;
                    ::wire::__private::write_element::<
                        Variable<'a>,
                        ::wire::__private::BigEndian,
                    >(out, &mut pos, value)?;
                }
                Itch::Heartbeat => {
                    ::wire::__private::reserve(out, &mut pos, 1)?[0] = __ID2 as u8;
                }
                Itch::Other(tag, bytes) => {
                    ::wire::__private::reserve(out, &mut pos, 1)?[0] = *tag as u8;
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
    impl<'a> ::wire::__private::Decode<'a> for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
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
    impl<'a> ::wire::__private::EncodeElement for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
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
    impl<'a> ::wire::__private::Element<'a> for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = ItchView<'a>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = ItchView<'a>;
        const MIN_LEN: usize = 1;
        #[inline]
        fn elem_view<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (ItchView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let depth = depth.enter(field, offset)?;
            Self::__wire_view_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        type Stored<__O: ::wire::__private::ByteOrder> = ItchView<'a>;
        #[inline]
        fn elem_store<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (ItchView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }
        #[inline]
        fn elem_store_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(ItchView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn stored_view<__O: ::wire::__private::ByteOrder>(
            stored: ItchView<'a>,
        ) -> ItchView<'a> {
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
        ) -> ::wire::__private::Option<(ItchView<'a>, usize)> {
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
    impl<'a> Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The ids of `Itch`'s variants, in declaration order (an `other` variant has none of its own).
        pub const TAGS: &'static [u64] = &[__ID0 as u64, __ID1 as u64, __ID2 as u64];
        ///The tag of this value: its variant's id, written before its message (an `other` value's own tag).
        #[inline]
        pub fn tag(&self) -> u64 {
            match self {
                Itch::SystemEvent(..) => __ID0 as u64,
                Itch::Variable(..) => __ID1 as u64,
                Itch::Heartbeat => __ID2 as u64,
                Itch::Other(tag, ..) => *tag as u64,
            }
        }
    }
    impl<'a> ::wire::__private::FrameEncode for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = ItchView<'a>;
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
        ) -> ::wire::__private::Result<ItchView<'a>, ::wire::__private::DecodeError> {
            Self::view(payload)
        }
    }
    impl<'a> ::wire::__private::MaxEncodedLen for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const MAX_ENCODED_LEN: usize = {
            let __max = 0usize;
            let __len = 1usize + ::wire::__private::max_encoded_len::<SystemEvent>();
            let __max = if __len > __max { __len } else { __max };
            let __len = 1usize + ::wire::__private::max_encoded_len::<Variable<'a>>();
            let __max = if __len > __max { __len } else { __max };
            let __len = 1usize + 0usize;
            let __max = if __len > __max { __len } else { __max };
            let __len = 1usize
                + {
                    const fn __wire_unbounded() -> usize {
                        ::wire::__private::core::panic!(
                            "`Itch` has no maximum encoded length: its `other` variant `Other` keeps bytes of any length"
                        )
                    }
                    __wire_unbounded()
                };
            let __max = if __len > __max { __len } else { __max };
            __max
        };
    }
    impl<'a> Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
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
    impl<'a> ::wire::__private::schema::HasSchema for Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl<'a> Itch<'a>
    where
        SystemEvent: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <SystemEvent as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The wire layout of [`Itch`] as data: a tag (one byte), then the selected variant's message. Tags: 0x53: `SystemEvent`; 0x56: `Variable`; 0x0: `Heartbeat`; any other tag: `Other`.
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Itch",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Union(::wire::__private::schema::Union {
                tag: ::wire::__private::schema::TagKind::U8,
                endian: ::wire::__private::Some(::wire::__private::schema::Endian::Big),
                max_depth: 100u32,
                variants: &[
                    ::wire::__private::schema::Variant {
                        name: "SystemEvent",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u8 = b'S';
                            ID as u64
                        }),
                        payload: ::wire::__private::Some(
                            ::wire::__private::schema::Type::Named(
                                ::wire::__private::schema::SchemaRef::of::<SystemEvent>(),
                            ),
                        ),
                    },
                    ::wire::__private::schema::Variant {
                        name: "Variable",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u8 = b'V';
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
                            const ID: u8 = 0;
                            ID as u64
                        }),
                        payload: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Variant {
                        name: "Other",
                        doc: "",
                        id: ::wire::__private::None,
                        payload: ::wire::__private::None,
                    },
                ],
            }),
        };
    }
};
