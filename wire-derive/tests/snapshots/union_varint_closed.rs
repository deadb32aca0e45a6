// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(tag = "varint")]
// pub enum Event {
//     #[wire(id = 1)] Delete(OrderDelete),
//     #[wire(id = 300)] Note(Note),
//     #[wire(id = 0)] Ping,
// }
const _: () = {
    #[allow(dead_code)]
    fn __wire_held_types()
    where
        OrderDelete: ::wire::__private::Element<'static>,
        Note: ::wire::__private::Element<'static>,
    {}
};
///A view of an encoded [`Event`]: the variant its tag selects, holding a view of its message.
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
#[allow(private_bounds)]
pub enum EventView<'a>
where
    OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
    for<'__w> <OrderDelete as ::wire::__private::Element<
        '__w,
    >>::View: ::wire::__private::Copy,
    Note: for<'__w> ::wire::__private::Element<'__w>,
    for<'__w> <Note as ::wire::__private::Element<'__w>>::View: ::wire::__private::Copy,
{
    ///A [`Event::Delete`].
    Delete(<OrderDelete as ::wire::__private::Element<'a>>::View),
    ///A [`Event::Note`].
    Note(<Note as ::wire::__private::Element<'a>>::View),
    ///A [`Event::Ping`].
    Ping,
}
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl<'a> ::wire::__private::core::fmt::Debug for EventView<'a>
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            let variant = match self {
                EventView::Delete(..) => "EventView::Delete",
                EventView::Note(..) => "EventView::Note",
                EventView::Ping => "EventView::Ping",
            };
            f.write_str(variant)
        }
    }
    const __ID0: u64 = 1;
    const __ID1: u64 = 300;
    const __ID2: u64 = 0;
    impl Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[doc(hidden)]
        pub const __WIRE_MAX_DEPTH: u32 = 100u32;
        #[doc(hidden)]
        pub fn __wire_view_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (EventView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let mut pos = 0usize;
            let tag: u64 = ::wire::__private::read_varint(bytes, &mut pos, "Event")?;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <OrderDelete as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view::<
                        ::wire::__private::BigEndian,
                    >(rest, "Delete", pos, __depth)?;
                    ::wire::__private::Ok((EventView::Delete(value), pos + used))
                }
                __ID1 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <Note as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view::<
                        ::wire::__private::BigEndian,
                    >(rest, "Note", pos, __depth)?;
                    ::wire::__private::Ok((EventView::Note(value), pos + used))
                }
                __ID2 => ::wire::__private::Ok((EventView::Ping, pos)),
                _ => {
                    ::wire::__private::Err(::wire::__private::DecodeError::UnknownTag {
                        field: "Event",
                        offset: 0,
                        tag: tag as u64,
                    })
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_decode_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<(Event, usize), ::wire::__private::DecodeError> {
            let mut pos = 0usize;
            let tag: u64 = ::wire::__private::read_varint(bytes, &mut pos, "Event")?;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <OrderDelete as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_decode::<
                        ::wire::__private::BigEndian,
                    >(rest, "Delete", pos, __depth)?;
                    ::wire::__private::Ok((Event::Delete(value), pos + used))
                }
                __ID1 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <Note as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_decode::<
                        ::wire::__private::BigEndian,
                    >(rest, "Note", pos, __depth)?;
                    ::wire::__private::Ok((Event::Note(value), pos + used))
                }
                __ID2 => ::wire::__private::Ok((Event::Ping, pos)),
                _ => {
                    ::wire::__private::Err(::wire::__private::DecodeError::UnknownTag {
                        field: "Event",
                        offset: 0,
                        tag: tag as u64,
                    })
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_check_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let mut pos = 0usize;
            let tag: u64 = ::wire::__private::read_varint(bytes, &mut pos, "Event")?;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    ::wire::__private::Ok(
                        pos
                            + <OrderDelete as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_check::<
                                ::wire::__private::BigEndian,
                            >(rest, "Delete", pos, __depth)?,
                    )
                }
                __ID1 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    ::wire::__private::Ok(
                        pos
                            + <Note as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_check::<
                                ::wire::__private::BigEndian,
                            >(rest, "Note", pos, __depth)?,
                    )
                }
                __ID2 => ::wire::__private::Ok(pos),
                _ => {
                    ::wire::__private::Err(::wire::__private::DecodeError::UnknownTag {
                        field: "Event",
                        offset: 0,
                        tag: tag as u64,
                    })
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_view_validated<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(EventView<'a>, usize)> {
            let mut pos = 0usize;
            let tag: u64 = ::wire::__private::validated_varint(bytes, &mut pos)?;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..)?;
                    let (value, used) = <OrderDelete as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view_validated::<::wire::__private::BigEndian>(rest)?;
                    ::wire::__private::Option::Some((
                        EventView::Delete(value),
                        pos + used,
                    ))
                }
                __ID1 => {
                    let rest = bytes.get(pos..)?;
                    let (value, used) = <Note as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view_validated::<::wire::__private::BigEndian>(rest)?;
                    ::wire::__private::Option::Some((EventView::Note(value), pos + used))
                }
                __ID2 => ::wire::__private::Option::Some((EventView::Ping, pos)),
                _ => ::wire::__private::Option::None,
            }
        }
        #[doc(hidden)]
        pub fn __wire_len_validated<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            let mut pos = 0usize;
            let tag: u64 = ::wire::__private::validated_varint(bytes, &mut pos)?;
            match tag {
                __ID0 => {
                    ::wire::__private::Option::Some(
                        pos
                            + <OrderDelete as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_len_validated::<
                                ::wire::__private::BigEndian,
                            >(bytes.get(pos..)?)?,
                    )
                }
                __ID1 => {
                    ::wire::__private::Option::Some(
                        pos
                            + <Note as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_len_validated::<
                                ::wire::__private::BigEndian,
                            >(bytes.get(pos..)?)?,
                    )
                }
                __ID2 => ::wire::__private::Option::Some(pos),
                _ => ::wire::__private::Option::None,
            }
        }
        /**Reads the tag and views the message it selects; `bytes` must hold exactly one message.

# Errors

`UnknownTag` for a tag no variant has (unless one is `other`), and the errors of the selected message, at their offsets in `bytes`.*/
        #[inline]
        pub fn view<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<EventView<'a>, ::wire::__private::DecodeError> {
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
        ///Like [`Event::view`], on the front of a longer buffer.
        #[inline]
        pub fn view_prefix<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (EventView<'a>, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default()))
        }
    }
    impl ::wire::__private::Encode for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Event::Delete(value) => {
                    ::wire::__private::varint_len(__ID0 as u64)
                        + ::wire::__private::EncodeElement::elem_len(value)
                }
                Event::Note(value) => {
                    ::wire::__private::varint_len(__ID1 as u64)
                        + ::wire::__private::EncodeElement::elem_len(value)
                }
                Event::Ping => ::wire::__private::varint_len(__ID2 as u64),
            }
        }
        #[inline]
        fn encode(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            let mut pos = 0usize;
            match self {
                Event::Delete(value) => {
                    ::wire::__private::write_varint(out, &mut pos, __ID0 as u64)?;
                    ::wire::__private::write_element::<
                        OrderDelete,
                        ::wire::__private::BigEndian,
                    >(out, &mut pos, value)?;
                }
                Event::Note(value) => {
                    ::wire::__private::write_varint(out, &mut pos, __ID1 as u64)?;
                    ::wire::__private::write_element::<
                        Note,
                        ::wire::__private::BigEndian,
                    >(out, &mut pos, value)?;
                }
                Event::Ping => {
                    ::wire::__private::write_varint(out, &mut pos, __ID2 as u64)?;
                }
            }
            ::wire::__private::Ok(pos)
        }
    }
    impl<'a> ::wire::__private::Decode<'a> for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
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
    impl ::wire::__private::EncodeElement for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
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
    impl<'a> ::wire::__private::Element<'a> for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = EventView<'a>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = EventView<'a>;
        const MIN_LEN: usize = 1;
        #[inline]
        fn elem_view<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (EventView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let depth = depth.enter(field, offset)?;
            Self::__wire_view_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        type Stored<__O: ::wire::__private::ByteOrder> = EventView<'a>;
        #[inline]
        fn elem_store<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (EventView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }
        #[inline]
        fn elem_store_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(EventView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn stored_view<__O: ::wire::__private::ByteOrder>(
            stored: EventView<'a>,
        ) -> EventView<'a> {
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
        ) -> ::wire::__private::Option<(EventView<'a>, usize)> {
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
    impl Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The ids of `Event`'s variants, in declaration order (an `other` variant has none of its own).
        pub const TAGS: &'static [u64] = &[__ID0 as u64, __ID1 as u64, __ID2 as u64];
        ///The tag of this value: its variant's id, written before its message (an `other` value's own tag).
        #[inline]
        pub fn tag(&self) -> u64 {
            match self {
                Event::Delete(..) => __ID0 as u64,
                Event::Note(..) => __ID1 as u64,
                Event::Ping => __ID2 as u64,
            }
        }
    }
    impl ::wire::__private::FrameEncode for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = EventView<'a>;
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
        ) -> ::wire::__private::Result<EventView<'a>, ::wire::__private::DecodeError> {
            Self::view(payload)
        }
    }
    impl ::wire::__private::MaxEncodedLen for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const MAX_ENCODED_LEN: usize = {
            let __max = 0usize;
            let __len = ::wire::__private::varint_len_const(__ID0 as u64)
                + ::wire::__private::max_encoded_len::<OrderDelete>();
            let __max = if __len > __max { __len } else { __max };
            let __len = ::wire::__private::varint_len_const(__ID1 as u64)
                + ::wire::__private::max_encoded_len::<Note>();
            let __max = if __len > __max { __len } else { __max };
            let __len = ::wire::__private::varint_len_const(__ID2 as u64) + 0usize;
            let __max = if __len > __max { __len } else { __max };
            __max
        };
    }
    impl Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
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
    impl ::wire::__private::schema::HasSchema for Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl Event
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
        Note: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <Note as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The wire layout of [`Event`] as data: a tag (a LEB128 varint), then the selected variant's message. Tags: 0x1: `Delete`; 0x12c: `Note`; 0x0: `Ping`.
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Event",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Union(::wire::__private::schema::Union {
                tag: ::wire::__private::schema::TagKind::Varint,
                endian: ::wire::__private::None,
                max_depth: 100u32,
                variants: &[
                    ::wire::__private::schema::Variant {
                        name: "Delete",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u64 = 1;
                            ID as u64
                        }),
                        payload: ::wire::__private::Some(
                            ::wire::__private::schema::Type::Named(
                                ::wire::__private::schema::SchemaRef::of::<OrderDelete>(),
                            ),
                        ),
                    },
                    ::wire::__private::schema::Variant {
                        name: "Note",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u64 = 300;
                            ID as u64
                        }),
                        payload: ::wire::__private::Some(
                            ::wire::__private::schema::Type::Named(
                                ::wire::__private::schema::SchemaRef::of::<Note>(),
                            ),
                        ),
                    },
                    ::wire::__private::schema::Variant {
                        name: "Ping",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u64 = 0;
                            ID as u64
                        }),
                        payload: ::wire::__private::None,
                    },
                ],
            }),
        };
    }
};
