// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "big", version = 3)]
// pub struct Quote {
//     pub bid: u32,
//     pub ask: u32,
//     #[wire(since = 2, default = 100)] pub lot: u16,
//     #[wire(since = 3, default = -1)] pub flags: i8,
//     #[wire(len = "u8")] pub venue: String,
//     #[wire(since = 2, len = "u16", max_len = 64, default)] pub trader: String,
//     #[wire(since = 2, varint, default)] pub seq: u64,
//     #[wire(since = 3, len = "u8", default)] pub tags: Vec<u16>,
//     #[wire(since = 3, len = "u8")] pub comment: Option<String>,
// }
::wire::__private::__require_alloc!(
    "Quote", #[doc =
    "A view of an encoded [`Quote`], made by [`Quote::view`] or [`Quote::view_prefix`]: the fixed fields are read in place, the variable ones were located (and checked) once, so every accessor is O(1) and cannot fail."]
    #[derive(::wire::__private::core::clone::Clone,
    ::wire::__private::core::marker::Copy)] pub struct QuoteView < 'a > { __bytes : &
    'a[u8], __raw : [u8; 11], __block_len : usize, venue : & 'a str, trader :
    ::wire::__private::Option < & 'a str >, seq : ::wire::__private::Option < u64 >, tags
    : ::wire::__private::Option < ::wire::__private::List < 'a, u16,
    ::wire::__private::BigEndian > >, comment : ::wire::__private::Option < & 'a str >, }
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)] const _
    : () = { const __FIELDS : & [::wire::__private::FieldSpan] = &
    [::wire::__private::FieldSpan { name : "bid", start : 0, end : 4 },
    ::wire::__private::FieldSpan { name : "ask", start : 4, end : 8 },
    ::wire::__private::FieldSpan { name : "lot", start : 8, end : 10 },
    ::wire::__private::FieldSpan { name : "flags", start : 10, end : 11 }]; impl Quote {
    #[doc(hidden)] pub const __WIRE_MAX_DEPTH : u32 = 100u32; #[doc(hidden)] pub fn
    __wire_view_at < 'a > (bytes : & 'a[u8], __depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (QuoteView < 'a >, usize), ::wire::__private::DecodeError
    > { let __block_len = ::wire::__private::read_u16_at:: < ::wire::__private::BigEndian
    > (bytes, 0, "block length") ?; if __block_len < 11 && ! (__block_len == 8 ||
    __block_len == 10 || __block_len == 11) { return
    ::wire::__private::Err(::wire::__private::DecodeError::InvalidBlockLength { offset :
    0, len : ::wire::__private::saturate(__block_len) }); } let __raw : [u8; 11] =
    ::wire::__private::copy_block:: < [u8; 11] > (bytes, 6usize, __block_len) ?; { let
    raw = & __raw; let offset = 6usize; } let __var_len =
    ::wire::__private::read_u32_at:: < ::wire::__private::BigEndian > (bytes, 2,
    "variable length") ?; let __start = 6usize + __block_len; let bytes =
    ::wire::__private::var_section(bytes, __start, __var_len) ?; let mut pos = __start;
    let venue = ::wire::__private::read_str:: < ::wire::__private::BigEndian > (bytes, &
    mut pos, ::wire::__private::LenPrefix::U8, 255u64, "venue") ?; let trader = if pos <
    bytes.len() { ::wire::__private::Option::Some(::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16,
    64u64, "trader") ?) } else { ::wire::__private::Option::None }; let seq = if pos <
    bytes.len() {
    ::wire::__private::Option::Some(::wire::__private::read_varint_bits(bytes, & mut pos,
    "seq", 64u32) ? as u64) } else { ::wire::__private::Option::None }; let tags = if pos
    < bytes.len() { ::wire::__private::Option::Some(::wire::__private::read_list:: < u16,
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "tags", __depth) ?) } else { ::wire::__private::Option::None }; let comment =
    if pos < bytes.len() { if ::wire::__private::read_presence(bytes, & mut pos,
    "comment") ? { ::wire::__private::Option::Some(::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "comment") ?) } else { ::wire::__private::Option::None } } else {
    ::wire::__private::Option::None }; let end = bytes.len();
    ::wire::__private::Ok((QuoteView { __bytes : bytes.get(..end).unwrap_or_default(),
    __raw, __block_len, venue, trader, seq, tags, comment, }, end)) } #[doc(hidden)] pub
    fn __wire_decode_at < 'a > (bytes : & 'a[u8], __depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (Quote, usize), ::wire::__private::DecodeError > { let
    __block_len = ::wire::__private::read_u16_at:: < ::wire::__private::BigEndian >
    (bytes, 0, "block length") ?; if __block_len < 11 && ! (__block_len == 8 ||
    __block_len == 10 || __block_len == 11) { return
    ::wire::__private::Err(::wire::__private::DecodeError::InvalidBlockLength { offset :
    0, len : ::wire::__private::saturate(__block_len) }); } let __raw : [u8; 11] =
    ::wire::__private::copy_block:: < [u8; 11] > (bytes, 6usize, __block_len) ?; { let
    raw = & __raw; let offset = 6usize; } let __var_len =
    ::wire::__private::read_u32_at:: < ::wire::__private::BigEndian > (bytes, 2,
    "variable length") ?; let __start = 6usize + __block_len; let bytes =
    ::wire::__private::var_section(bytes, __start, __var_len) ?; let mut pos = __start;
    let venue = ::wire::__private::owned_string(::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "venue") ?); let trader = if pos < bytes.len() {
    ::wire::__private::owned_string(::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16,
    64u64, "trader") ?) } else { ::wire::__private::core::default::Default::default() };
    let seq = if pos < bytes.len() { ::wire::__private::read_varint_bits(bytes, & mut
    pos, "seq", 64u32) ? as u64 } else {
    ::wire::__private::core::default::Default::default() }; let tags = if pos < bytes
    .len() { { let __at = pos; let __count = ::wire::__private::read_count:: < u16,
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "tags", __at) ?; < u16 as ::wire::__private::DecodeElement < 'a >>
    ::decode_list:: < ::wire::__private::BigEndian > (bytes, & mut pos, __count, "tags",
    __depth) ? } } else { ::wire::__private::core::default::Default::default() }; let
    comment = if pos < bytes.len() { if ::wire::__private::read_presence(bytes, & mut
    pos, "comment") ? {
    ::wire::__private::Option::Some(::wire::__private::owned_string(::wire::__private::read_str::
    < ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "comment") ?)) } else { ::wire::__private::Option::None } } else {
    ::wire::__private::Option::None }; let end = bytes.len();
    ::wire::__private::Ok((Quote { bid : ::wire::__private::read_at:: < u32,
    ::wire::__private::BigEndian > (& __raw, 0), ask : ::wire::__private::read_at:: <
    u32, ::wire::__private::BigEndian > (& __raw, 4), lot : if __block_len >= 10 {
    ::wire::__private::read_at:: < u16, ::wire::__private::BigEndian > (& __raw, 8) }
    else { 100 }, flags : if __block_len >= 11 { ::wire::__private::read_at:: < i8,
    ::wire::__private::BigEndian > (& __raw, 10) } else { - 1 }, venue, trader, seq,
    tags, comment, }, end)) } #[doc(hidden)] pub fn __wire_check_at < 'a > (bytes : &
    'a[u8], __depth : ::wire::__private::Depth,) -> ::wire::__private::Result < usize,
    ::wire::__private::DecodeError > { let __block_len = ::wire::__private::read_u16_at::
    < ::wire::__private::BigEndian > (bytes, 0, "block length") ?; if __block_len < 11 &&
    ! (__block_len == 8 || __block_len == 10 || __block_len == 11) { return
    ::wire::__private::Err(::wire::__private::DecodeError::InvalidBlockLength { offset :
    0, len : ::wire::__private::saturate(__block_len) }); } let __raw : [u8; 11] =
    ::wire::__private::copy_block:: < [u8; 11] > (bytes, 6usize, __block_len) ?; { let
    raw = & __raw; let offset = 6usize; } let __var_len =
    ::wire::__private::read_u32_at:: < ::wire::__private::BigEndian > (bytes, 2,
    "variable length") ?; let __start = 6usize + __block_len; let bytes =
    ::wire::__private::var_section(bytes, __start, __var_len) ?; let mut pos = __start;
    let _ = ::wire::__private::read_str:: < ::wire::__private::BigEndian > (bytes, & mut
    pos, ::wire::__private::LenPrefix::U8, 255u64, "venue") ?; let _ = if pos < bytes
    .len() { let _ = ::wire::__private::read_str:: < ::wire::__private::BigEndian >
    (bytes, & mut pos, ::wire::__private::LenPrefix::U16, 64u64, "trader") ?; }; let _ =
    if pos < bytes.len() { let _ = ::wire::__private::read_varint_bits(bytes, & mut pos,
    "seq", 64u32) ? as u64; }; let _ = if pos < bytes.len() { let _ = { let __at = pos;
    let __count = ::wire::__private::read_count:: < u16, ::wire::__private::BigEndian >
    (bytes, & mut pos, ::wire::__private::LenPrefix::U8, 255u64, "tags", __at) ?; < u16
    as ::wire::__private::DecodeElement < 'a >> ::check_list:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, __count, "tags", __depth) ? }; };
    let _ = if pos < bytes.len() { let _ = if ::wire::__private::read_presence(bytes, &
    mut pos, "comment") ? { ::wire::__private::Option::Some(::wire::__private::read_str::
    < ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "comment") ?) } else { ::wire::__private::Option::None }; };
    ::wire::__private::Ok(bytes.len()) } #[doc(hidden)] pub fn __wire_view_validated < 'a
    > (bytes : & 'a[u8],) -> ::wire::__private::Option < (QuoteView < 'a >, usize) > {
    let __block_len = ::wire::__private::read_u16_at:: < ::wire::__private::BigEndian >
    (bytes, 0, "").ok() ?; let __raw : [u8; 11] = ::wire::__private::copy_block:: < [u8;
    11] > (bytes, 6usize, __block_len).ok() ?; let __var_len =
    ::wire::__private::read_u32_at:: < ::wire::__private::BigEndian > (bytes, 2,
    "variable length").ok() ?; let __start = 6usize + __block_len; let bytes =
    ::wire::__private::var_section(bytes, __start, __var_len).ok() ?; let mut pos =
    __start; let venue = ::wire::__private::validated_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8)
    ?; let trader = if pos < bytes.len() {
    ::wire::__private::Option::Some(::wire::__private::validated_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16)
    ?) } else { ::wire::__private::Option::None }; let seq = if pos < bytes.len() {
    ::wire::__private::Option::Some(::wire::__private::validated_varint(bytes, & mut pos)
    ? as u64) } else { ::wire::__private::Option::None }; let tags = if pos < bytes.len()
    { ::wire::__private::Option::Some(::wire::__private::validated_list:: < u16,
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8)
    ?) } else { ::wire::__private::Option::None }; let comment = if pos < bytes.len() {
    if ::wire::__private::validated_presence(bytes, & mut pos) ? {
    ::wire::__private::Option::Some(::wire::__private::validated_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8)
    ?) } else { ::wire::__private::Option::None } } else {
    ::wire::__private::Option::None }; let end = bytes.len();
    ::wire::__private::Option::Some((QuoteView { __bytes : bytes.get(..end)
    .unwrap_or_default(), __raw, __block_len, venue, trader, seq, tags, comment, }, end))
    } #[doc(hidden)] pub fn __wire_len_validated < 'a > (bytes : & 'a[u8]) ->
    ::wire::__private::Option < usize > { let __block_len =
    ::wire::__private::read_u16_at:: < ::wire::__private::BigEndian > (bytes, 0, "").ok()
    ?; let __var_len = ::wire::__private::read_u32_at:: < ::wire::__private::BigEndian >
    (bytes, 2, "variable length").ok() ?; let __start = 6usize + __block_len; let bytes =
    ::wire::__private::var_section(bytes, __start, __var_len).ok() ?; let mut pos =
    __start; let _ = ::wire::__private::validated_bytes:: < ::wire::__private::BigEndian
    > (bytes, & mut pos, ::wire::__private::LenPrefix::U8) ?; let _ = if pos < bytes
    .len() { let _ = ::wire::__private::validated_bytes:: < ::wire::__private::BigEndian
    > (bytes, & mut pos, ::wire::__private::LenPrefix::U16) ?; }; let _ = if pos < bytes
    .len() { let _ = ::wire::__private::validated_varint(bytes, & mut pos) ? as u64; };
    let _ = if pos < bytes.len() { let _ = ::wire::__private::validated_list:: < u16,
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8)
    ?; }; let _ = if pos < bytes.len() { let _ = if
    ::wire::__private::validated_presence(bytes, & mut pos) ? {
    ::wire::__private::Option::Some(::wire::__private::validated_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8)
    ?) } else { ::wire::__private::Option::None }; };
    ::wire::__private::Option::Some(bytes.len()) } } impl Quote { #[doc =
    "Checks that `bytes` is exactly one encoding of [`Quote`] and returns a view of it.\n\nEvery length is checked against its cap and against the input before anything else; strings are checked to be UTF-8; enums, bools and lists are checked element by element. Afterwards every accessor is O(1) and cannot fail.\n\n# Errors\n\n`Truncated`, `TrailingBytes`, `LengthExceedsMax`, `InvalidUtf8`, `MalformedVarint`, `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, or `InvalidBlockLength` for a versioned message, each with the field and its offset."]
    #[inline] pub fn view < 'a > (bytes : & 'a[u8]) -> ::wire::__private::Result <
    QuoteView < 'a >, ::wire::__private::DecodeError > { let (view, used) =
    Self::__wire_view_at(bytes, ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH)) ?;
    if used != bytes.len() { return
    ::wire::__private::Err(::wire::__private::DecodeError::TrailingBytes { offset :
    ::wire::__private::saturate(used), count : ::wire::__private::saturate(bytes.len() -
    used) }); } ::wire::__private::Ok(view) } #[doc =
    "Like [`Quote::view`], on the front of a longer buffer: returns the view and the bytes after the message."]
    #[inline] pub fn view_prefix < 'a > (bytes : & 'a[u8],) -> ::wire::__private::Result
    < (QuoteView < 'a >, & 'a[u8]), ::wire::__private::DecodeError > { let (view, used) =
    Self::__wire_view_at(bytes, ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH)) ?;
    ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default())) } } impl < 'a >
    QuoteView < 'a > { #[doc = "`bid`: bytes 0..4, big endian; `u32`."] #[inline] pub fn
    bid(& self) -> u32 { ::wire::__private::read_at:: < u32, ::wire::__private::BigEndian
    > (& self.__raw, 0) } #[doc = "`ask`: bytes 4..8, big endian; `u32`."] #[inline] pub
    fn ask(& self) -> u32 { ::wire::__private::read_at:: < u32,
    ::wire::__private::BigEndian > (& self.__raw, 4) } #[doc =
    "`lot`: bytes 8..10, big endian; `u16`."] #[inline] pub fn lot(& self) -> u16 { if
    self.__block_len >= 10 { ::wire::__private::read_at:: < u16,
    ::wire::__private::BigEndian > (& self.__raw, 8) } else { 100 } } #[doc =
    "`flags`: byte 10; `i8`."] #[inline] pub fn flags(& self) -> i8 { if self.__block_len
    >= 11 { ::wire::__private::read_at:: < i8, ::wire::__private::BigEndian > (& self
    .__raw, 10) } else { - 1 } } #[doc =
    "`venue`: variable-length field 1 after the fixed block; UTF-8 prefixed by its length in bytes as a u8, at most 255."]
    #[inline] pub fn venue(& self) -> & 'a str { self.venue } #[doc =
    "`trader`: variable-length field 2 after the fixed block; UTF-8 prefixed by its length in bytes as a u16, at most 64. Added in version 2: absent from older peers' messages."]
    #[inline] pub fn trader(& self) -> ::wire::__private::Option < & 'a str > { self
    .trader } #[doc =
    "`seq`: variable-length field 3 after the fixed block; a LEB128 varint. Added in version 2: absent from older peers' messages."]
    #[inline] pub fn seq(& self) -> ::wire::__private::Option < u64 > { self.seq } #[doc
    =
    "`tags`: variable-length field 4 after the fixed block; a list prefixed by its length in elements as a u8, at most 255. Added in version 3: absent from older peers' messages."]
    #[inline] pub fn tags(& self) -> ::wire::__private::Option < ::wire::__private::List
    < 'a, u16, ::wire::__private::BigEndian > > { self.tags } #[doc =
    "`comment`: variable-length field 5 after the fixed block; a presence byte (0 or 1), then UTF-8 prefixed by its length in bytes as a u8, at most 255. Added in version 3: absent from older peers' messages."]
    #[inline] pub fn comment(& self) -> ::wire::__private::Option < & 'a str > { self
    .comment } #[doc = r" The bytes of the encoding."] #[inline] pub fn as_bytes(& self)
    -> & 'a[u8] { self.__bytes } } impl < 'a > ::wire::__private::core::fmt::Debug for
    QuoteView < 'a > { fn fmt(& self, f : & mut ::wire::__private::core::fmt::Formatter <
    '_ >) -> ::wire::__private::core::fmt::Result { f.debug_struct("QuoteView")
    .field("bytes", & self.__bytes).finish() } } const _ : () =
    ::wire::__private::core::assert!(11 <= 0xffff,
    "the block of `Quote` is longer than a u16 block length can say"); impl
    ::wire::__private::Encode for Quote { #[inline] fn encoded_len(& self) -> usize {
    6usize + 11 + { let n = ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(&
    self.venue).len(); ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U8,
    n, n) } + { let n = ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(&
    self.trader).len();
    ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U16, n, n) } +
    ::wire::__private::varint_len((self.seq as u64)) + { let items =
    ::wire::__private::core::convert::AsRef:: < [u16] > ::as_ref(& self.tags);
    ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U8, items.len(),
    ::wire::__private::list_body_len(items)) } + 1 + match & self.comment {
    ::wire::__private::Option::Some(value) => { let n =
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& (* value)).len();
    ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U8, n, n) },
    ::wire::__private::Option::None => 0 } } #[inline] fn encode(& self, out : & mut
    [u8]) -> ::wire::__private::Result < usize, ::wire::__private::EncodeError > { let
    total = ::wire::__private::Encode::encoded_len(self); if out.len() < total { return
    ::wire::__private::Err(::wire::__private::buffer_too_small(total, out.len())); } let
    mut pos = 0usize; ::wire::__private::write_header:: < ::wire::__private::BigEndian >
    (out, & mut pos, 11, ::wire::__private::Option::Some(total - 6usize - 11)) ?; { let
    available = out.len(); let slot = ::wire::__private::reserve(out, & mut pos, 11) ?;
    let raw = match < [u8; 11] as ::wire::__private::zerocopy::FromBytes >
    ::mut_from_prefix(slot) { ::wire::__private::Ok((raw, _)) => raw,
    ::wire::__private::Err(_) => return
    ::wire::__private::Err(::wire::__private::buffer_too_small(total, available)), }; let
    offset = 6usize;
    ::wire::__private::SetResult::into_result(::wire::__private::write_at:: < u32,
    ::wire::__private::BigEndian > (& self.bid, raw, 0, offset)) ?;
    ::wire::__private::SetResult::into_result(::wire::__private::write_at:: < u32,
    ::wire::__private::BigEndian > (& self.ask, raw, 4, offset)) ?;
    ::wire::__private::SetResult::into_result(::wire::__private::write_at:: < u16,
    ::wire::__private::BigEndian > (& self.lot, raw, 8, offset)) ?;
    ::wire::__private::SetResult::into_result(::wire::__private::write_at:: < i8,
    ::wire::__private::BigEndian > (& self.flags, raw, 10, offset)) ?; }
    ::wire::__private::write_bytes:: < ::wire::__private::BigEndian > (out, & mut pos,
    ::wire::__private::LenPrefix::U8, 255u64, "venue",
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.venue),) ?;
    ::wire::__private::write_bytes:: < ::wire::__private::BigEndian > (out, & mut pos,
    ::wire::__private::LenPrefix::U16, 64u64, "trader",
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.trader),) ?;
    ::wire::__private::write_varint(out, & mut pos, (self.seq as u64)) ?;
    ::wire::__private::write_list:: < u16, ::wire::__private::BigEndian > (out, & mut
    pos, ::wire::__private::LenPrefix::U8, 255u64, "tags",
    ::wire::__private::core::convert::AsRef:: < [u16] > ::as_ref(& self.tags),) ?; match
    & self.comment { ::wire::__private::Option::Some(value) => {
    ::wire::__private::reserve(out, & mut pos, 1) ? [0] = 1;
    ::wire::__private::write_bytes:: < ::wire::__private::BigEndian > (out, & mut pos,
    ::wire::__private::LenPrefix::U8, 255u64, "comment",
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& (* value)),) ?; }
    ::wire::__private::Option::None => ::wire::__private::reserve(out, & mut pos, 1) ?
    [0] = 0, } ::wire::__private::Ok(pos) } } impl < 'a > ::wire::__private::Decode < 'a
    > for Quote { #[inline] fn decode_prefix(bytes : & 'a[u8]) ->
    ::wire::__private::Result < (Self, & 'a[u8]), ::wire::__private::DecodeError > { let
    depth = ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH); let (value, used) =
    Self::__wire_decode_at(bytes, depth) ?; ::wire::__private::Ok((value, bytes.get(used
    ..).unwrap_or_default())) } } #[doc(hidden)] impl ::wire::__private::EncodeElement
    for Quote { #[inline] fn elem_len(& self) -> usize {
    ::wire::__private::Encode::encoded_len(self) } #[inline] fn elem_write < __O :
    ::wire::__private::ByteOrder > (& self, out : & mut [u8]) ->
    ::wire::__private::Result < usize, ::wire::__private::EncodeError > {
    ::wire::__private::Encode::encode(self, out) } } impl < 'a >
    ::wire::__private::Element < 'a > for Quote { type View = QuoteView < 'a >; }
    #[doc(hidden)] impl < 'a > ::wire::__private::DecodeElement < 'a > for Quote { type
    View = QuoteView < 'a >; const MIN_LEN : usize = 11usize + 11; #[inline] fn elem_view
    < __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8], field : & 'static str,
    offset : usize, depth : ::wire::__private::Depth,) -> ::wire::__private::Result <
    (QuoteView < 'a >, usize), ::wire::__private::DecodeError > { let depth = depth
    .enter(field, offset) ?; Self::__wire_view_at(bytes, depth).map_err(| e | e
    .offset_by(offset)) } type Stored < __O : ::wire::__private::ByteOrder > = QuoteView
    < 'a >; #[inline] fn elem_store < __O : ::wire::__private::ByteOrder > (bytes : &
    'a[u8], field : & 'static str, offset : usize, depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (QuoteView < 'a >, usize), ::wire::__private::DecodeError
    > { Self::elem_view:: < __O > (bytes, field, offset, depth) } #[inline] fn
    elem_store_validated < __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8],) ->
    ::wire::__private::Option < (QuoteView < 'a >, usize) > {
    Self::__wire_view_validated(bytes) } #[inline] fn stored_view < __O :
    ::wire::__private::ByteOrder > (stored : QuoteView < 'a >) -> QuoteView < 'a > {
    stored } #[inline] fn elem_check < __O : ::wire::__private::ByteOrder > (bytes : &
    'a[u8], field : & 'static str, offset : usize, depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < usize, ::wire::__private::DecodeError > { let depth =
    depth.enter(field, offset) ?; Self::__wire_check_at(bytes, depth).map_err(| e | e
    .offset_by(offset)) } #[inline] fn elem_view_validated < __O :
    ::wire::__private::ByteOrder > (bytes : & 'a[u8],) -> ::wire::__private::Option <
    (QuoteView < 'a >, usize) > { Self::__wire_view_validated(bytes) } #[inline] fn
    elem_len_validated < __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8]) ->
    ::wire::__private::Option < usize > { Self::__wire_len_validated(bytes) } #[inline]
    fn elem_decode < __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8], field : &
    'static str, offset : usize, depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (Self, usize), ::wire::__private::DecodeError > { let
    depth = depth.enter(field, offset) ?; Self::__wire_decode_at(bytes, depth).map_err(|
    e | e.offset_by(offset)) } } }; const _ : () = { impl ::wire::__private::FrameEncode
    for Quote {} impl < 'a > ::wire::__private::FrameDecode < 'a > for Quote { type View
    = < Self as ::wire::__private::Element < 'a >> ::View; #[inline] fn decode_frame(_ :
    ::wire::__private::Option < u16 >, payload : & 'a[u8]) -> ::wire::__private::Result <
    Self, ::wire::__private::DecodeError > { < Self as ::wire::__private::Decode < 'a >>
    ::decode(payload) } #[inline] fn view_frame(_ : ::wire::__private::Option < u16 >,
    payload : & 'a[u8]) -> ::wire::__private::Result < Self::View,
    ::wire::__private::DecodeError > { Self::view(payload) } } impl
    ::wire::__private::MaxEncodedLen for Quote { const MAX_ENCODED_LEN : usize = 6usize +
    11 + (1usize + 255usize) + (2usize + 64usize) + 10usize + (1usize + 255usize *
    2usize) + (1usize + (1usize + 255usize)); } impl Quote { #[doc =
    "The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field."]
    pub const MAX_ENCODED_LEN : usize = ::wire::__private::max_encoded_len:: < Self > ();
    } }; #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    const _ : () = { impl ::wire::__private::schema::HasSchema for Quote { const SCHEMA :
    & 'static ::wire::__private::schema::Schema = Self::SCHEMA; } impl Quote { #[doc =
    "The wire layout of [`Quote`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.\n\nVersion 3: the message starts with its block length (`u16`) and the length of its variable fields (`u32`), so readers of other versions skip or default what differs.\n\nThe fixed block, bit 0 the most significant bit of byte 0:\n\n```text\n 0                   1                   2                   3\n 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1\n+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n|                              bid                              |\n+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n|                              ask                              |\n+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n|              lot              |     flags     |\n+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n```\n\n- `bid`: bytes 0..4, big endian; `u32`.\n- `ask`: bytes 4..8, big endian; `u32`.\n- `lot`: bytes 8..10, big endian; `u16`.\n- `flags`: byte 10; `i8`.\n- `venue`: variable-length field 1 after the fixed block; UTF-8 prefixed by its length in bytes as a u8, at most 255.\n- `trader`: variable-length field 2 after the fixed block; UTF-8 prefixed by its length in bytes as a u16, at most 64. Added in version 2: absent from older peers' messages.\n- `seq`: variable-length field 3 after the fixed block; a LEB128 varint. Added in version 2: absent from older peers' messages.\n- `tags`: variable-length field 4 after the fixed block; a list prefixed by its length in elements as a u8, at most 255. Added in version 3: absent from older peers' messages.\n- `comment`: variable-length field 5 after the fixed block; a presence byte (0 or 1), then UTF-8 prefixed by its length in bytes as a u8, at most 255. Added in version 3: absent from older peers' messages.\n"]
    pub const SCHEMA : & 'static ::wire::__private::schema::Schema = &
    ::wire::__private::schema::Schema { name : "Quote", module :
    ::wire::__private::core::module_path!(), doc : "", body :
    ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct { endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), version :
    ::wire::__private::Some(3u32), block_len : 11, fixed_size : false, max_depth :
    100u32, fields : & [::wire::__private::schema::Field { name : "bid", doc : "",
    rust_type : "u32", ty : ::wire::__private::schema::Type::UInt { bytes : 4usize },
    place : ::wire::__private::schema::Place::Bytes { offset : 0, len : 4usize }, endian
    : ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 1u32,
    magic : ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "ask", doc : "", rust_type : "u32", ty :
    ::wire::__private::schema::Type::UInt { bytes : 4usize }, place :
    ::wire::__private::schema::Place::Bytes { offset : 4, len : 4usize }, endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 1u32, magic
    : ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "lot", doc : "", rust_type : "u16", ty :
    ::wire::__private::schema::Type::UInt { bytes : 2usize }, place :
    ::wire::__private::schema::Place::Bytes { offset : 8, len : 2usize }, endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 2u32, magic
    : ::wire::__private::None, default :
    ::wire::__private::Some(::wire::__private::schema::DefaultValue::Expr("100")),
    condition : ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "flags", doc : "", rust_type : "i8", ty :
    ::wire::__private::schema::Type::Int { bytes : 1usize }, place :
    ::wire::__private::schema::Place::Bytes { offset : 10, len : 1usize }, endian :
    ::wire::__private::None, since : 3u32, magic : ::wire::__private::None, default :
    ::wire::__private::Some(::wire::__private::schema::DefaultValue::Expr("-1")),
    condition : ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "venue", doc : "", rust_type : "String", ty
    : ::wire::__private::schema::Type::Str { prefix :
    ::wire::__private::schema::LenPrefix::U8, max_len : 255u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 0usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "trader", doc :
    "", rust_type : "String", ty : ::wire::__private::schema::Type::Str { prefix :
    ::wire::__private::schema::LenPrefix::U16, max_len : 64u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 1usize }, endian :
    ::wire::__private::None, since : 2u32, magic : ::wire::__private::None, default :
    ::wire::__private::Some(::wire::__private::schema::DefaultValue::TypeDefault),
    condition : ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "seq", doc : "", rust_type : "u64", ty :
    ::wire::__private::schema::Type::Varint { signed : false, zigzag : false, bytes :
    8usize }, place : ::wire::__private::schema::Place::Variable { index : 2usize },
    endian : ::wire::__private::None, since : 2u32, magic : ::wire::__private::None,
    default :
    ::wire::__private::Some(::wire::__private::schema::DefaultValue::TypeDefault),
    condition : ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "tags", doc : "", rust_type : "Vec<u16>",
    ty : ::wire::__private::schema::Type::List { elem : &
    ::wire::__private::schema::Type::UInt { bytes : 2usize }, prefix :
    ::wire::__private::schema::LenPrefix::U8, max_len : 255u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 3usize }, endian :
    ::wire::__private::None, since : 3u32, magic : ::wire::__private::None, default :
    ::wire::__private::Some(::wire::__private::schema::DefaultValue::TypeDefault),
    condition : ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "comment", doc : "", rust_type :
    "Option<String>", ty : ::wire::__private::schema::Type::Option(&
    ::wire::__private::schema::Type::Str { prefix :
    ::wire::__private::schema::LenPrefix::U8, max_len : 255u64 }), place :
    ::wire::__private::schema::Place::Variable { index : 4usize }, endian :
    ::wire::__private::None, since : 3u32, magic : ::wire::__private::None, default :
    ::wire::__private::Some(::wire::__private::schema::DefaultValue::TypeDefault),
    condition : ::wire::__private::None, checksum : ::wire::__private::None, }], }), }; }
    };
);
