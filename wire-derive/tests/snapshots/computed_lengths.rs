// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "big")]
// pub struct Options<'a> {
//     #[wire(bits = 4)] pub words: u8,
//     #[wire(bits = 4)] pub flags: u8,
//     pub count: u16,
//     #[wire(byte_len = "words * 4 - 4", max_len = 60)] pub options: &'a [u8],
//     #[wire(count = "count")] pub items: Vec<u16>,
//     #[wire(byte_len = "count * 2")] pub echo: Vec<u16>,
//     #[wire(if = "flags & 1 != 0")] pub extra: Option<u32>,
//     #[wire(variable)] pub name: Name,
// }
const _: () = {
    #[allow(dead_code)]
    fn __wire_held_types()
    where
        Name: ::wire::__private::Element<'static>,
    {}
};
::wire::__private::__require_alloc!(
    "Options", #[doc =
    "A view of an encoded [`Options`], made by [`Options::view`] or [`Options::view_prefix`]: the fixed fields are read in place, the variable ones were located (and checked) once, so every accessor is O(1) and cannot fail."]
    #[derive(::wire::__private::core::clone::Clone,
    ::wire::__private::core::marker::Copy)] #[allow(private_bounds)] pub struct
    OptionsView < 'a > where Name : for < '__w > ::wire::__private::Element < '__w >, for
    < '__w > < Name as ::wire::__private::Element < '__w >> ::View :
    ::wire::__private::Copy, { __bytes : & 'a[u8], __raw : & 'a[u8; 3], options : &
    'a[u8], items : ::wire::__private::List < 'a, u16, ::wire::__private::BigEndian >,
    echo : ::wire::__private::List < 'a, u16, ::wire::__private::BigEndian >, extra :
    ::wire::__private::Option << u32 as ::wire::__private::DecodeElement < 'a >> ::Stored
    < ::wire::__private::BigEndian >>, name : < Name as ::wire::__private::DecodeElement
    < 'a >> ::View, } #[allow(private_bounds)] #[allow(clippy::all, clippy::pedantic,
    clippy::nursery, clippy::restriction)] const _ : () = { const __FIELDS : &
    [::wire::__private::FieldSpan] = & [::wire::__private::FieldSpan { name : "words",
    start : 0, end : 1 }, ::wire::__private::FieldSpan { name : "flags", start : 0, end :
    1 }, ::wire::__private::FieldSpan { name : "count", start : 1, end : 3 }]; impl < 'a
    > Options < 'a > where Name : for < '__w > ::wire::__private::Element < '__w >, for <
    '__w > < Name as ::wire::__private::Element < '__w >> ::View :
    ::wire::__private::Copy, { #[doc(hidden)] pub const __WIRE_MAX_DEPTH : u32 = 100u32;
    #[doc(hidden)] pub fn __wire_view_at(bytes : & 'a[u8], __depth :
    ::wire::__private::Depth,) -> ::wire::__private::Result < (OptionsView < 'a >,
    usize), ::wire::__private::DecodeError > { let __raw : & 'a[u8; 3] =
    ::wire::__private::read_block:: < [u8; 3] > (bytes, __FIELDS) ?; { let raw = __raw;
    let offset = 0usize; } let mut pos = 3; let options = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Sub,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 4u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(4)), ::wire::__private::Option::Some(4)), 60u64,
    1usize, bytes, pos, "options") ?; ::wire::__private::take_exact(bytes, & mut pos,
    __len) }; let items = { let __len =
    ::wire::__private::computed_len(::wire::__private::Option::Some((::wire::__private::read_at::
    < u16, ::wire::__private::BigEndian > (__raw, 1)) as i128), 1048576u64, < u16 as
    ::wire::__private::DecodeElement < 'a >> ::MIN_LEN, bytes, pos, "items") ?;
    ::wire::__private::counted_list:: < u16, ::wire::__private::BigEndian > (bytes, & mut
    pos, __len, "items", __depth) ? }; let echo = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((::wire::__private::read_at:: < u16,
    ::wire::__private::BigEndian > (__raw, 1)) as i128),
    ::wire::__private::Option::Some(2)), 1048576u64, 1usize, bytes, pos, "echo") ?;
    ::wire::__private::sized_list:: < u16, ::wire::__private::BigEndian > (bytes, & mut
    pos, __len, "echo", __depth) ? }; let extra = if
    ::wire::__private::condition_holds(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Ne,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::BitAnd,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 0u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(1)), ::wire::__private::Option::Some(0)), "extra",
    pos) ? { ::wire::__private::Option::Some(::wire::__private::read_element:: < u32,
    ::wire::__private::BigEndian > (bytes, & mut pos, "extra", __depth) ?) } else {
    ::wire::__private::Option::None }; let name = < Name as
    ::wire::__private::DecodeElement < 'a >> ::stored_view:: <
    ::wire::__private::BigEndian > (::wire::__private::read_element:: < Name,
    ::wire::__private::BigEndian > (bytes, & mut pos, "name", __depth) ?); let end = pos;
    ::wire::__private::Ok((OptionsView { __bytes : bytes.get(..end).unwrap_or_default(),
    __raw, options, items, echo, extra, name, }, end)) } #[doc(hidden)] pub fn
    __wire_decode_at(bytes : & 'a[u8], __depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (Options < 'a >, usize), ::wire::__private::DecodeError >
    { let __raw : & 'a[u8; 3] = ::wire::__private::read_block:: < [u8; 3] > (bytes,
    __FIELDS) ?; { let raw = __raw; let offset = 0usize; } let mut pos = 3; let options =
    { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Sub,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 4u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(4)), ::wire::__private::Option::Some(4)), 60u64,
    1usize, bytes, pos, "options") ?; ::wire::__private::take_exact(bytes, & mut pos,
    __len) }; let items = { let __len =
    ::wire::__private::computed_len(::wire::__private::Option::Some((::wire::__private::read_at::
    < u16, ::wire::__private::BigEndian > (__raw, 1)) as i128), 1048576u64, < u16 as
    ::wire::__private::DecodeElement < 'a >> ::MIN_LEN, bytes, pos, "items") ?; < u16 as
    ::wire::__private::DecodeElement < 'a >> ::decode_list:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, __len, "items", __depth) ? }; let
    echo = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((::wire::__private::read_at:: < u16,
    ::wire::__private::BigEndian > (__raw, 1)) as i128),
    ::wire::__private::Option::Some(2)), 1048576u64, 1usize, bytes, pos, "echo") ?;
    ::wire::__private::decode_sized_list:: < u16, ::wire::__private::BigEndian > (bytes,
    & mut pos, __len, "echo", __depth) ? }; let extra = if
    ::wire::__private::condition_holds(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Ne,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::BitAnd,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 0u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(1)), ::wire::__private::Option::Some(0)), "extra",
    pos) ? { ::wire::__private::Option::Some(::wire::__private::decode_element:: < u32,
    ::wire::__private::BigEndian > (bytes, & mut pos, "extra", __depth) ?) } else {
    ::wire::__private::Option::None }; let name = ::wire::__private::decode_element:: <
    Name, ::wire::__private::BigEndian > (bytes, & mut pos, "name", __depth) ?; let end =
    pos; ::wire::__private::Ok((Options { words :
    ((::wire::__private::read_be_u8(::wire::__private::chunk:: < 1usize > (__raw, 0)) >>
    4u32) & 15) as u8, flags : ((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 0u32) & 15) as u8, count : ::wire::__private::read_at:: <
    u16, ::wire::__private::BigEndian > (__raw, 1), options, items, echo, extra, name, },
    end)) } #[doc(hidden)] pub fn __wire_check_at(bytes : & 'a[u8], __depth :
    ::wire::__private::Depth,) -> ::wire::__private::Result < usize,
    ::wire::__private::DecodeError > { let __raw : & 'a[u8; 3] =
    ::wire::__private::read_block:: < [u8; 3] > (bytes, __FIELDS) ?; { let raw = __raw;
    let offset = 0usize; } let mut pos = 3; let _ = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Sub,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 4u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(4)), ::wire::__private::Option::Some(4)), 60u64,
    1usize, bytes, pos, "options") ?; ::wire::__private::take_exact(bytes, & mut pos,
    __len) }; let _ = { let __len =
    ::wire::__private::computed_len(::wire::__private::Option::Some((::wire::__private::read_at::
    < u16, ::wire::__private::BigEndian > (__raw, 1)) as i128), 1048576u64, < u16 as
    ::wire::__private::DecodeElement < 'a >> ::MIN_LEN, bytes, pos, "items") ?; < u16 as
    ::wire::__private::DecodeElement < 'a >> ::check_list:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, __len, "items", __depth) ? }; let _
    = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((::wire::__private::read_at:: < u16,
    ::wire::__private::BigEndian > (__raw, 1)) as i128),
    ::wire::__private::Option::Some(2)), 1048576u64, 1usize, bytes, pos, "echo") ?;
    ::wire::__private::check_sized_list:: < u16, ::wire::__private::BigEndian > (bytes, &
    mut pos, __len, "echo", __depth) ? }; let _ = if
    ::wire::__private::condition_holds(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Ne,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::BitAnd,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 0u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(1)), ::wire::__private::Option::Some(0)), "extra",
    pos) ? { ::wire::__private::Option::Some(::wire::__private::check_element:: < u32,
    ::wire::__private::BigEndian > (bytes, & mut pos, "extra", __depth) ?) } else {
    ::wire::__private::Option::None }; let _ = ::wire::__private::check_element:: < Name,
    ::wire::__private::BigEndian > (bytes, & mut pos, "name", __depth) ?;
    ::wire::__private::Ok(pos) } #[doc(hidden)] pub fn __wire_view_validated(bytes : &
    'a[u8],) -> ::wire::__private::Option < (OptionsView < 'a >, usize) > { let (__raw,
    _) = < [u8; 3] as ::wire::__private::zerocopy::FromBytes > ::ref_from_prefix(bytes)
    .ok() ?; let mut pos = 3; let options = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Sub,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 4u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(4)), ::wire::__private::Option::Some(4)), 60u64,
    1usize, bytes, pos, "options").ok() ?; ::wire::__private::take_exact(bytes, & mut
    pos, __len) }; let items = { let __len =
    ::wire::__private::computed_len(::wire::__private::Option::Some((::wire::__private::read_at::
    < u16, ::wire::__private::BigEndian > (__raw, 1)) as i128), 1048576u64, < u16 as
    ::wire::__private::DecodeElement < 'a >> ::MIN_LEN, bytes, pos, "items").ok() ?;
    ::wire::__private::validated_counted_list:: < u16, ::wire::__private::BigEndian >
    (bytes, & mut pos, __len) ? }; let echo = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((::wire::__private::read_at:: < u16,
    ::wire::__private::BigEndian > (__raw, 1)) as i128),
    ::wire::__private::Option::Some(2)), 1048576u64, 1usize, bytes, pos, "echo").ok() ?;
    ::wire::__private::validated_sized_list:: < u16, ::wire::__private::BigEndian >
    (bytes, & mut pos, __len) ? }; let extra = if
    ::wire::__private::condition_holds(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Ne,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::BitAnd,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 0u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(1)), ::wire::__private::Option::Some(0)), "extra",
    pos).ok() ? { ::wire::__private::Option::Some(::wire::__private::validated_element::
    < u32, ::wire::__private::BigEndian > (bytes, & mut pos) ?) } else {
    ::wire::__private::Option::None }; let name = < Name as
    ::wire::__private::DecodeElement < 'a >> ::stored_view:: <
    ::wire::__private::BigEndian > (::wire::__private::validated_element:: < Name,
    ::wire::__private::BigEndian > (bytes, & mut pos) ?); let end = pos;
    ::wire::__private::Option::Some((OptionsView { __bytes : bytes.get(..end)
    .unwrap_or_default(), __raw, options, items, echo, extra, name, }, end)) }
    #[doc(hidden)] pub fn __wire_len_validated(bytes : & 'a[u8]) ->
    ::wire::__private::Option < usize > { let (__raw, _) = < [u8; 3] as
    ::wire::__private::zerocopy::FromBytes > ::ref_from_prefix(bytes).ok() ?; let mut pos
    = 3; let _ = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Sub,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 4u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(4)), ::wire::__private::Option::Some(4)), 60u64,
    1usize, bytes, pos, "options").ok() ?; ::wire::__private::take_exact(bytes, & mut
    pos, __len) }; let _ = { let __len =
    ::wire::__private::computed_len(::wire::__private::Option::Some((::wire::__private::read_at::
    < u16, ::wire::__private::BigEndian > (__raw, 1)) as i128), 1048576u64, < u16 as
    ::wire::__private::DecodeElement < 'a >> ::MIN_LEN, bytes, pos, "items").ok() ?;
    ::wire::__private::validated_counted_list:: < u16, ::wire::__private::BigEndian >
    (bytes, & mut pos, __len) ? }; let _ = { let __len =
    ::wire::__private::computed_len(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((::wire::__private::read_at:: < u16,
    ::wire::__private::BigEndian > (__raw, 1)) as i128),
    ::wire::__private::Option::Some(2)), 1048576u64, 1usize, bytes, pos, "echo").ok() ?;
    ::wire::__private::validated_sized_list:: < u16, ::wire::__private::BigEndian >
    (bytes, & mut pos, __len) ? }; let _ = if
    ::wire::__private::condition_holds(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Ne,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::BitAnd,
    ::wire::__private::Option::Some((((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 0)) >> 0u32) & 15) as u8) as i128),
    ::wire::__private::Option::Some(1)), ::wire::__private::Option::Some(0)), "extra",
    pos).ok() ? { ::wire::__private::Option::Some(::wire::__private::skip_element:: <
    u32, ::wire::__private::BigEndian > (bytes, & mut pos) ?) } else {
    ::wire::__private::Option::None }; let _ = ::wire::__private::skip_element:: < Name,
    ::wire::__private::BigEndian > (bytes, & mut pos) ?;
    ::wire::__private::Option::Some(pos) } } impl < 'a > Options < 'a > where Name : for
    < '__w > ::wire::__private::Element < '__w >, for < '__w > < Name as
    ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, { #[doc =
    "Checks that `bytes` is exactly one encoding of [`Options`] and returns a view of it.\n\nEvery length is checked against its cap and against the input before anything else; strings are checked to be UTF-8; enums, bools and lists are checked element by element. Afterwards every accessor is O(1) and cannot fail.\n\n# Errors\n\n`Truncated`, `TrailingBytes`, `LengthExceedsMax`, `InvalidUtf8`, `MalformedVarint`, `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, or `InvalidBlockLength` for a versioned message, each with the field and its offset."]
    #[inline] pub fn view(bytes : & 'a[u8]) -> ::wire::__private::Result < OptionsView <
    'a >, ::wire::__private::DecodeError > { let (view, used) =
    Self::__wire_view_at(bytes, ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH)) ?;
    if used != bytes.len() { return
    ::wire::__private::Err(::wire::__private::DecodeError::TrailingBytes { offset :
    ::wire::__private::saturate(used), count : ::wire::__private::saturate(bytes.len() -
    used) }); } ::wire::__private::Ok(view) } #[doc =
    "Like [`Options::view`], on the front of a longer buffer: returns the view and the bytes after the message."]
    #[inline] pub fn view_prefix(bytes : & 'a[u8],) -> ::wire::__private::Result <
    (OptionsView < 'a >, & 'a[u8]), ::wire::__private::DecodeError > { let (view, used) =
    Self::__wire_view_at(bytes, ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH)) ?;
    ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default())) } } impl < 'a >
    OptionsView < 'a > where Name : for < '__w > ::wire::__private::Element < '__w >, for
    < '__w > < Name as ::wire::__private::Element < '__w >> ::View :
    ::wire::__private::Copy, { #[doc =
    "`words`: 4 bits at bit 0 (counting from the most significant) of the 1-byte run at byte 0, big endian; `u8`."]
    #[inline] pub fn words(& self) -> u8 {
    ((::wire::__private::read_be_u8(::wire::__private::chunk:: < 1usize > (self.__raw,
    0)) >> 4u32) & 15) as u8 } #[doc =
    "`flags`: 4 bits at bit 4 (counting from the most significant) of the 1-byte run at byte 0, big endian; `u8`."]
    #[inline] pub fn flags(& self) -> u8 {
    ((::wire::__private::read_be_u8(::wire::__private::chunk:: < 1usize > (self.__raw,
    0)) >> 0u32) & 15) as u8 } #[doc = "`count`: bytes 1..3, big endian; `u16`."]
    #[inline] pub fn count(& self) -> u16 { ::wire::__private::read_at:: < u16,
    ::wire::__private::BigEndian > (self.__raw, 1) } #[doc =
    "`options`: variable-length field 1 after the fixed block; bytes without a prefix: `words * 4 - 4` bytes, at most 60."]
    #[inline] pub fn options(& self) -> & 'a[u8] { self.options } #[doc =
    "`items`: variable-length field 2 after the fixed block; a list without a prefix: `count` elements, at most 1048576."]
    #[inline] pub fn items(& self) -> ::wire::__private::List < 'a, u16,
    ::wire::__private::BigEndian > { self.items } #[doc =
    "`echo`: variable-length field 3 after the fixed block; a list without a prefix: `count * 2` bytes, at most 1048576."]
    #[inline] pub fn echo(& self) -> ::wire::__private::List < 'a, u16,
    ::wire::__private::BigEndian > { self.echo } #[doc =
    "`extra`: variable-length field 4 after the fixed block; when its condition holds (no presence byte), a `u32`."]
    #[inline] pub fn extra(& self) -> ::wire::__private::Option < u32 > { self.extra
    .map(< u32 as ::wire::__private::DecodeElement < 'a >> ::stored_view:: <
    ::wire::__private::BigEndian >) } #[doc =
    "`name`: variable-length field 5 after the fixed block; a `Name`."] #[inline] pub fn
    name(& self) -> < Name as ::wire::__private::Element < 'a >> ::View { self.name }
    #[doc = r" The bytes of the encoding."] #[inline] pub fn as_bytes(& self) -> & 'a[u8]
    { self.__bytes } } impl < 'a > ::wire::__private::core::fmt::Debug for OptionsView <
    'a > where Name : for < '__w > ::wire::__private::Element < '__w >, for < '__w > <
    Name as ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, { fn
    fmt(& self, f : & mut ::wire::__private::core::fmt::Formatter < '_ >) ->
    ::wire::__private::core::fmt::Result { f.debug_struct("OptionsView").field("bytes", &
    self.__bytes).finish() } } impl < 'a > ::wire::__private::Encode for Options < 'a >
    where Name : for < '__w > ::wire::__private::Element < '__w >, for < '__w > < Name as
    ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, { #[inline] fn
    encoded_len(& self) -> usize { 0usize + 3 + ::wire::__private::core::convert::AsRef::
    < [u8] > ::as_ref(& self.options).len() +
    ::wire::__private::list_body_len(::wire::__private::core::convert::AsRef:: < [u16] >
    ::as_ref(& self.items)) +
    ::wire::__private::list_body_len(::wire::__private::core::convert::AsRef:: < [u16] >
    ::as_ref(& self.echo)) + match & self.extra { ::wire::__private::Option::Some(value)
    => ::wire::__private::EncodeElement::elem_len(& (* value)),
    ::wire::__private::Option::None => 0 } + ::wire::__private::EncodeElement::elem_len(&
    self.name) } #[inline] fn encode(& self, out : & mut [u8]) ->
    ::wire::__private::Result < usize, ::wire::__private::EncodeError > { let total =
    ::wire::__private::Encode::encoded_len(self); if out.len() < total { return
    ::wire::__private::Err(::wire::__private::buffer_too_small(total, out.len())); } let
    __len : usize = ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self
    .options).len(); ::wire::__private::check_computed_len(__len, 60u64, "options") ?;
    let __wire_target_words : u8 = ::wire::__private::length_target:: < u8 >
    (::wire::__private::exact_div(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Add,
    ::wire::__private::Option::Some(__len as i128), ::wire::__private::Option::Some(4)),
    ::wire::__private::Option::Some(4)), __len, "options",
    ::wire::__private::LengthTarget { field : "words", offset : 0, bits : 4u8, signed :
    false }) ?; let __len : usize = ::wire::__private::core::convert::AsRef:: < [u16] >
    ::as_ref(& self.items).len(); ::wire::__private::check_computed_len(__len,
    1048576u64, "items") ?; let __wire_target_count : u16 =
    ::wire::__private::length_target:: < u16 > (::wire::__private::Option::Some(__len as
    i128), __len, "items", ::wire::__private::LengthTarget { field : "count", offset : 1,
    bits : 16u8, signed : false }) ?; let __len : usize =
    ::wire::__private::list_body_len(::wire::__private::core::convert::AsRef:: < [u16] >
    ::as_ref(& self.echo)); ::wire::__private::check_computed_len(__len, 1048576u64,
    "echo") ?;
    ::wire::__private::check_length_matches(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Mul,
    ::wire::__private::Option::Some((__wire_target_count) as i128),
    ::wire::__private::Option::Some(2)), __len, "echo") ?;
    ::wire::__private::check_condition(::wire::__private::expr_binary(::wire::__private::schema::BinOp::Ne,
    ::wire::__private::expr_binary(::wire::__private::schema::BinOp::BitAnd,
    ::wire::__private::Option::Some((self.flags) as i128),
    ::wire::__private::Option::Some(1)), ::wire::__private::Option::Some(0)),
    ::wire::__private::Option::is_some(& self.extra), "extra") ?; let mut pos = 0usize; {
    let available = out.len(); let slot = ::wire::__private::reserve(out, & mut pos, 3)
    ?; let raw = match < [u8; 3] as ::wire::__private::zerocopy::FromBytes >
    ::mut_from_prefix(slot) { ::wire::__private::Ok((raw, _)) => raw,
    ::wire::__private::Err(_) => return
    ::wire::__private::Err(::wire::__private::buffer_too_small(total, available)), }; let
    offset = 0usize; if ! ((__wire_target_words <= 15) & (self.flags <= 15)) { return
    ::wire::__private::Err(::wire::__private::first_out_of_range(|| { if
    __wire_target_words > 15 { return
    ::wire::__private::Err(::wire::__private::out_of_range("words", (offset + 0),
    __wire_target_words as i128, 4u8, false)); } if self.flags > 15 { return
    ::wire::__private::Err(::wire::__private::out_of_range("flags", (offset + 0), self
    .flags as i128, 4u8, false)); } ::wire::__private::Ok(()) })); } { let mut __bits :
    u8 = 0; __bits |= (((__wire_target_words as u8) as u8) & 15) << 4u32; __bits |=
    (((self.flags as u8) as u8) & 15) << 0u32;
    ::wire::__private::write_be_u8(::wire::__private::chunk_mut:: < 1usize > (raw, 0),
    __bits); } ::wire::__private::SetResult::into_result(::wire::__private::write_at:: <
    u16, ::wire::__private::BigEndian > (& __wire_target_count, raw, 1, offset)) ?; } {
    let data = ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self
    .options); ::wire::__private::reserve(out, & mut pos, data.len()) ?
    .copy_from_slice(data); } for item in ::wire::__private::core::convert::AsRef:: <
    [u16] > ::as_ref(& self.items) { ::wire::__private::write_element:: < u16,
    ::wire::__private::BigEndian > (out, & mut pos, item) ?; } for item in
    ::wire::__private::core::convert::AsRef:: < [u16] > ::as_ref(& self.echo) {
    ::wire::__private::write_element:: < u16, ::wire::__private::BigEndian > (out, & mut
    pos, item) ?; } if let ::wire::__private::Option::Some(value) = & self.extra {
    ::wire::__private::write_element:: < u32, ::wire::__private::BigEndian > (out, & mut
    pos, & (* value)) ?; } ::wire::__private::write_element:: < Name,
    ::wire::__private::BigEndian > (out, & mut pos, & self.name) ?;
    ::wire::__private::Ok(pos) } } impl < 'a > ::wire::__private::Decode < 'a > for
    Options < 'a > where Name : for < '__w > ::wire::__private::Element < '__w >, for <
    '__w > < Name as ::wire::__private::Element < '__w >> ::View :
    ::wire::__private::Copy, { #[inline] fn decode_prefix(bytes : & 'a[u8]) ->
    ::wire::__private::Result < (Self, & 'a[u8]), ::wire::__private::DecodeError > { let
    depth = ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH); let (value, used) =
    Self::__wire_decode_at(bytes, depth) ?; ::wire::__private::Ok((value, bytes.get(used
    ..).unwrap_or_default())) } } #[doc(hidden)] impl < 'a >
    ::wire::__private::EncodeElement for Options < 'a > where Name : for < '__w >
    ::wire::__private::Element < '__w >, for < '__w > < Name as
    ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, { #[inline] fn
    elem_len(& self) -> usize { ::wire::__private::Encode::encoded_len(self) } #[inline]
    fn elem_write < __O : ::wire::__private::ByteOrder > (& self, out : & mut [u8]) ->
    ::wire::__private::Result < usize, ::wire::__private::EncodeError > {
    ::wire::__private::Encode::encode(self, out) } } impl < 'a >
    ::wire::__private::Element < 'a > for Options < 'a > where Name : for < '__w >
    ::wire::__private::Element < '__w >, for < '__w > < Name as
    ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, { type View =
    OptionsView < 'a >; } #[doc(hidden)] impl < 'a > ::wire::__private::DecodeElement <
    'a > for Options < 'a > where Name : for < '__w > ::wire::__private::Element < '__w
    >, for < '__w > < Name as ::wire::__private::Element < '__w >> ::View :
    ::wire::__private::Copy, { type View = OptionsView < 'a >; const MIN_LEN : usize =
    5usize + 3; #[inline] fn elem_view < __O : ::wire::__private::ByteOrder > (bytes : &
    'a[u8], field : & 'static str, offset : usize, depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (OptionsView < 'a >, usize),
    ::wire::__private::DecodeError > { let depth = depth.enter(field, offset) ?;
    Self::__wire_view_at(bytes, depth).map_err(| e | e.offset_by(offset)) } type Stored <
    __O : ::wire::__private::ByteOrder > = OptionsView < 'a >; #[inline] fn elem_store <
    __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8], field : & 'static str, offset
    : usize, depth : ::wire::__private::Depth,) -> ::wire::__private::Result <
    (OptionsView < 'a >, usize), ::wire::__private::DecodeError > { Self::elem_view:: <
    __O > (bytes, field, offset, depth) } #[inline] fn elem_store_validated < __O :
    ::wire::__private::ByteOrder > (bytes : & 'a[u8],) -> ::wire::__private::Option <
    (OptionsView < 'a >, usize) > { Self::__wire_view_validated(bytes) } #[inline] fn
    stored_view < __O : ::wire::__private::ByteOrder > (stored : OptionsView < 'a >) ->
    OptionsView < 'a > { stored } #[inline] fn elem_check < __O :
    ::wire::__private::ByteOrder > (bytes : & 'a[u8], field : & 'static str, offset :
    usize, depth : ::wire::__private::Depth,) -> ::wire::__private::Result < usize,
    ::wire::__private::DecodeError > { let depth = depth.enter(field, offset) ?;
    Self::__wire_check_at(bytes, depth).map_err(| e | e.offset_by(offset)) } #[inline] fn
    elem_view_validated < __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8],) ->
    ::wire::__private::Option < (OptionsView < 'a >, usize) > {
    Self::__wire_view_validated(bytes) } #[inline] fn elem_len_validated < __O :
    ::wire::__private::ByteOrder > (bytes : & 'a[u8]) -> ::wire::__private::Option <
    usize > { Self::__wire_len_validated(bytes) } #[inline] fn elem_decode < __O :
    ::wire::__private::ByteOrder > (bytes : & 'a[u8], field : & 'static str, offset :
    usize, depth : ::wire::__private::Depth,) -> ::wire::__private::Result < (Self,
    usize), ::wire::__private::DecodeError > { let depth = depth.enter(field, offset) ?;
    Self::__wire_decode_at(bytes, depth).map_err(| e | e.offset_by(offset)) } } }; const
    _ : () = { impl < 'a > ::wire::__private::FrameEncode for Options < 'a > where Name :
    for < '__w > ::wire::__private::Element < '__w >, for < '__w > < Name as
    ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, {} impl < 'a >
    ::wire::__private::FrameDecode < 'a > for Options < 'a > where Name : for < '__w >
    ::wire::__private::Element < '__w >, for < '__w > < Name as
    ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, { type View =
    < Self as ::wire::__private::Element < 'a >> ::View; #[inline] fn decode_frame(_ :
    ::wire::__private::Option < u16 >, payload : & 'a[u8]) -> ::wire::__private::Result <
    Self, ::wire::__private::DecodeError > { < Self as ::wire::__private::Decode < 'a >>
    ::decode(payload) } #[inline] fn view_frame(_ : ::wire::__private::Option < u16 >,
    payload : & 'a[u8]) -> ::wire::__private::Result < Self::View,
    ::wire::__private::DecodeError > { Self::view(payload) } } impl < 'a >
    ::wire::__private::MaxEncodedLen for Options < 'a > where Name : for < '__w >
    ::wire::__private::Element < '__w >, for < '__w > < Name as
    ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, { const
    MAX_ENCODED_LEN : usize = 0usize + 3 + 60usize + (1048576usize * 2usize) +
    1048576usize + 4usize + ::wire::__private::max_encoded_len:: < Name > (); } impl < 'a
    > Options < 'a > where Name : for < '__w > ::wire::__private::Element < '__w >, for <
    '__w > < Name as ::wire::__private::Element < '__w >> ::View :
    ::wire::__private::Copy, { #[doc =
    "The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field."]
    pub const MAX_ENCODED_LEN : usize = ::wire::__private::max_encoded_len:: < Self > ();
    } }; #[allow(private_bounds)] #[allow(clippy::all, clippy::pedantic, clippy::nursery,
    clippy::restriction)] const _ : () = { impl < 'a >
    ::wire::__private::schema::HasSchema for Options < 'a > where Name : for < '__w >
    ::wire::__private::Element < '__w >, for < '__w > < Name as
    ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, { const SCHEMA
    : & 'static ::wire::__private::schema::Schema = Self::SCHEMA; } impl < 'a > Options <
    'a > where Name : for < '__w > ::wire::__private::Element < '__w >, for < '__w > <
    Name as ::wire::__private::Element < '__w >> ::View : ::wire::__private::Copy, {
    #[doc =
    "The wire layout of [`Options`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.\n\nThe fixed block, bit 0 the most significant bit of byte 0:\n\n```text\n 0                   1                   2\n 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3\n+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n| words | flags |             count             |\n+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n```\n\n- `words`: 4 bits at bit 0 (counting from the most significant) of the 1-byte run at byte 0, big endian; `u8`.\n- `flags`: 4 bits at bit 4 (counting from the most significant) of the 1-byte run at byte 0, big endian; `u8`.\n- `count`: bytes 1..3, big endian; `u16`.\n- `options`: variable-length field 1 after the fixed block; bytes without a prefix: `words * 4 - 4` bytes, at most 60.\n- `items`: variable-length field 2 after the fixed block; a list without a prefix: `count` elements, at most 1048576.\n- `echo`: variable-length field 3 after the fixed block; a list without a prefix: `count * 2` bytes, at most 1048576.\n- `extra`: variable-length field 4 after the fixed block; when its condition holds (no presence byte), a `u32`.\n- `name`: variable-length field 5 after the fixed block; a `Name`.\n"]
    pub const SCHEMA : & 'static ::wire::__private::schema::Schema = &
    ::wire::__private::schema::Schema { name : "Options", module :
    ::wire::__private::core::module_path!(), doc : "", body :
    ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct { endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), version :
    ::wire::__private::None, block_len : 3, fixed_size : false, max_depth : 100u32,
    fields : & [::wire::__private::schema::Field { name : "words", doc : "", rust_type :
    "u8", ty : ::wire::__private::schema::Type::UInt { bytes : 1usize }, place :
    ::wire::__private::schema::Place::Bits { run_offset : 0, run_len : 1usize, shift :
    4u32, width : 4u32, }, endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 1u32, magic
    : ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "flags", doc : "", rust_type : "u8", ty :
    ::wire::__private::schema::Type::UInt { bytes : 1usize }, place :
    ::wire::__private::schema::Place::Bits { run_offset : 0, run_len : 1usize, shift :
    0u32, width : 4u32, }, endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 1u32, magic
    : ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "count", doc : "", rust_type : "u16", ty :
    ::wire::__private::schema::Type::UInt { bytes : 2usize }, place :
    ::wire::__private::schema::Place::Bytes { offset : 1, len : 2usize }, endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 1u32, magic
    : ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "options", doc : "", rust_type :
    "&'a [u8]", ty : ::wire::__private::schema::Type::Bytes { prefix :
    ::wire::__private::schema::LenPrefix::ByteLen(&
    ::wire::__private::schema::Expr::Binary(::wire::__private::schema::BinOp::Sub, &
    ::wire::__private::schema::Expr::Binary(::wire::__private::schema::BinOp::Mul, &
    ::wire::__private::schema::Expr::Field("words"), &
    ::wire::__private::schema::Expr::Int(4i64)), &
    ::wire::__private::schema::Expr::Int(4i64))), max_len : 60u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 0usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "items", doc :
    "", rust_type : "Vec<u16>", ty : ::wire::__private::schema::Type::List { elem : &
    ::wire::__private::schema::Type::UInt { bytes : 2usize }, prefix :
    ::wire::__private::schema::LenPrefix::Count(&
    ::wire::__private::schema::Expr::Field("count")), max_len : 1048576u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 1usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "echo", doc :
    "", rust_type : "Vec<u16>", ty : ::wire::__private::schema::Type::List { elem : &
    ::wire::__private::schema::Type::UInt { bytes : 2usize }, prefix :
    ::wire::__private::schema::LenPrefix::ByteLen(&
    ::wire::__private::schema::Expr::Binary(::wire::__private::schema::BinOp::Mul, &
    ::wire::__private::schema::Expr::Field("count"), &
    ::wire::__private::schema::Expr::Int(2i64))), max_len : 1048576u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 2usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "extra", doc :
    "", rust_type : "Option<u32>", ty : ::wire::__private::schema::Type::UInt { bytes :
    4usize }, place : ::wire::__private::schema::Place::Variable { index : 3usize },
    endian : ::wire::__private::None, since : 1u32, magic : ::wire::__private::None,
    default : ::wire::__private::None, condition : ::wire::__private::Some(&
    ::wire::__private::schema::Expr::Binary(::wire::__private::schema::BinOp::Ne, &
    ::wire::__private::schema::Expr::Binary(::wire::__private::schema::BinOp::BitAnd, &
    ::wire::__private::schema::Expr::Field("flags"), &
    ::wire::__private::schema::Expr::Int(1i64)), &
    ::wire::__private::schema::Expr::Int(0i64))), checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "name", doc : "", rust_type : "Name", ty :
    ::wire::__private::schema::Type::Named(::wire::__private::schema::SchemaRef::of:: <
    Name > ()), place : ::wire::__private::schema::Place::Variable { index : 4usize },
    endian : ::wire::__private::None, since : 1u32, magic : ::wire::__private::None,
    default : ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }], }), }; } };
);
