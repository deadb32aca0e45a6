// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "big")]
// pub struct Record<'a> {
//     pub id: u32,
//     #[wire(bits = 3)] pub kind: u8,
//     #[wire(bits = 5)] pub level: u8,
//     #[wire(len = "u16", max_len = 300)] pub name: String,
//     #[wire(len = "u8", max_len = 16)] pub note: &'a str,
//     #[wire(len = "u16")] pub payload: &'a [u8],
//     #[wire(len = "varint")] pub blob: Vec<u8>,
//     #[wire(len = "u32")] pub levels: Vec<Level>,
//     pub best: Option<Level>,
//     #[wire(len = "u8")] pub label: Option<String>,
//     #[wire(varint)] pub seq: u64,
//     #[wire(varint, zigzag)] pub delta: i64,
//     #[wire(varint)] pub signed: i32,
// }
const _: () = {
    #[allow(dead_code)]
    fn __wire_held_types()
    where
        Level: ::wire::__private::Element<'static>,
    {}
};
::wire::__private::__require_alloc!(
    "Record", #[doc =
    "A view of an encoded [`Record`], made by [`Record::view`] or [`Record::view_prefix`]: the fixed fields are read in place, the variable ones were located (and checked) once, so every accessor is O(1) and cannot fail."]
    #[derive(::wire::__private::core::clone::Clone,
    ::wire::__private::core::marker::Copy)] #[allow(private_bounds)] pub struct
    RecordView < 'a > where Level : for < '__w > ::wire::__private::Element < '__w >, {
    __bytes : & 'a[u8], __raw : & 'a[u8; 5], name : & 'a str, note : & 'a str, payload :
    & 'a[u8], blob : & 'a[u8], levels : ::wire::__private::List < 'a, Level,
    ::wire::__private::BigEndian >, best : ::wire::__private::Option << Level as
    ::wire::__private::DecodeElement < 'a >> ::Stored < ::wire::__private::BigEndian >>,
    label : ::wire::__private::Option < & 'a str >, seq : u64, delta : i64, signed : i32,
    } #[allow(private_bounds)] #[allow(clippy::all, clippy::pedantic, clippy::nursery,
    clippy::restriction)] const _ : () = { const __FIELDS : &
    [::wire::__private::FieldSpan] = & [::wire::__private::FieldSpan { name : "id", start
    : 0, end : 4 }, ::wire::__private::FieldSpan { name : "kind", start : 4, end : 5 },
    ::wire::__private::FieldSpan { name : "level", start : 4, end : 5 }]; impl < 'a >
    Record < 'a > where Level : for < '__w > ::wire::__private::Element < '__w >, {
    #[doc(hidden)] pub const __WIRE_MAX_DEPTH : u32 = 100u32; #[doc(hidden)] pub fn
    __wire_view_at(bytes : & 'a[u8], __depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (RecordView < 'a >, usize),
    ::wire::__private::DecodeError > { let __raw : & 'a[u8; 5] =
    ::wire::__private::read_block:: < [u8; 5] > (bytes, __FIELDS) ?; { let raw = __raw;
    let offset = 0usize; } let mut pos = 5; let name = ::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16,
    300u64, "name") ?; let note = ::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    16u64, "note") ?; let payload = ::wire::__private::read_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16,
    65535u64, "payload") ?; let blob = ::wire::__private::read_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos,
    ::wire::__private::LenPrefix::Varint, 1048576u64, "blob") ?; let levels =
    ::wire::__private::read_list:: < Level, ::wire::__private::BigEndian > (bytes, & mut
    pos, ::wire::__private::LenPrefix::U32, 1048576u64, "levels", __depth) ?; let best =
    if ::wire::__private::read_presence(bytes, & mut pos, "best") ? {
    ::wire::__private::Option::Some(::wire::__private::read_element:: < Level,
    ::wire::__private::BigEndian > (bytes, & mut pos, "best", __depth) ?) } else {
    ::wire::__private::Option::None }; let label = if
    ::wire::__private::read_presence(bytes, & mut pos, "label") ? {
    ::wire::__private::Option::Some(::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "label") ?) } else { ::wire::__private::Option::None }; let seq =
    ::wire::__private::read_varint_bits(bytes, & mut pos, "seq", 64u32) ? as u64; let
    delta = ::wire::__private::read_varint_zigzag(bytes, & mut pos, "delta", 64u32) ? as
    i64; let signed = ::wire::__private::read_varint_signed(bytes, & mut pos, "signed",
    32u32) ? as i32; let end = pos; ::wire::__private::Ok((RecordView { __bytes : bytes
    .get(..end).unwrap_or_default(), __raw, name, note, payload, blob, levels, best,
    label, seq, delta, signed, }, end)) } #[doc(hidden)] pub fn __wire_decode_at(bytes :
    & 'a[u8], __depth : ::wire::__private::Depth,) -> ::wire::__private::Result < (Record
    < 'a >, usize), ::wire::__private::DecodeError > { let __raw : & 'a[u8; 5] =
    ::wire::__private::read_block:: < [u8; 5] > (bytes, __FIELDS) ?; { let raw = __raw;
    let offset = 0usize; } let mut pos = 5; let name =
    ::wire::__private::owned_string(::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16,
    300u64, "name") ?); let note = ::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    16u64, "note") ?; let payload = ::wire::__private::read_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16,
    65535u64, "payload") ?; let blob =
    ::wire::__private::owned_bytes(::wire::__private::read_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos,
    ::wire::__private::LenPrefix::Varint, 1048576u64, "blob") ?); let levels = { let __at
    = pos; let __count = ::wire::__private::read_count:: < Level,
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U32,
    1048576u64, "levels", __at) ?; < Level as ::wire::__private::DecodeElement < 'a >>
    ::decode_list:: < ::wire::__private::BigEndian > (bytes, & mut pos, __count,
    "levels", __depth) ? }; let best = if ::wire::__private::read_presence(bytes, & mut
    pos, "best") ? { ::wire::__private::Option::Some(::wire::__private::decode_element::
    < Level, ::wire::__private::BigEndian > (bytes, & mut pos, "best", __depth) ?) } else
    { ::wire::__private::Option::None }; let label = if
    ::wire::__private::read_presence(bytes, & mut pos, "label") ? {
    ::wire::__private::Option::Some(::wire::__private::owned_string(::wire::__private::read_str::
    < ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "label") ?)) } else { ::wire::__private::Option::None }; let seq =
    ::wire::__private::read_varint_bits(bytes, & mut pos, "seq", 64u32) ? as u64; let
    delta = ::wire::__private::read_varint_zigzag(bytes, & mut pos, "delta", 64u32) ? as
    i64; let signed = ::wire::__private::read_varint_signed(bytes, & mut pos, "signed",
    32u32) ? as i32; let end = pos; ::wire::__private::Ok((Record { id :
    ::wire::__private::read_at:: < u32, ::wire::__private::BigEndian > (__raw, 0), kind :
    ((::wire::__private::read_be_u8(::wire::__private::chunk:: < 1usize > (__raw, 4)) >>
    5u32) & 7) as u8, level : ((::wire::__private::read_be_u8(::wire::__private::chunk::
    < 1usize > (__raw, 4)) >> 0u32) & 31) as u8, name, note, payload, blob, levels, best,
    label, seq, delta, signed, }, end)) } #[doc(hidden)] pub fn __wire_check_at(bytes : &
    'a[u8], __depth : ::wire::__private::Depth,) -> ::wire::__private::Result < usize,
    ::wire::__private::DecodeError > { let __raw : & 'a[u8; 5] =
    ::wire::__private::read_block:: < [u8; 5] > (bytes, __FIELDS) ?; { let raw = __raw;
    let offset = 0usize; } let mut pos = 5; let _ = ::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16,
    300u64, "name") ?; let _ = ::wire::__private::read_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    16u64, "note") ?; let _ = ::wire::__private::read_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16,
    65535u64, "payload") ?; let _ = ::wire::__private::read_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos,
    ::wire::__private::LenPrefix::Varint, 1048576u64, "blob") ?; let _ = { let __at =
    pos; let __count = ::wire::__private::read_count:: < Level,
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U32,
    1048576u64, "levels", __at) ?; < Level as ::wire::__private::DecodeElement < 'a >>
    ::check_list:: < ::wire::__private::BigEndian > (bytes, & mut pos, __count, "levels",
    __depth) ? }; let _ = if ::wire::__private::read_presence(bytes, & mut pos, "best") ?
    { ::wire::__private::Option::Some(::wire::__private::check_element:: < Level,
    ::wire::__private::BigEndian > (bytes, & mut pos, "best", __depth) ?) } else {
    ::wire::__private::Option::None }; let _ = if ::wire::__private::read_presence(bytes,
    & mut pos, "label") ? { ::wire::__private::Option::Some(::wire::__private::read_str::
    < ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8,
    255u64, "label") ?) } else { ::wire::__private::Option::None }; let _ =
    ::wire::__private::read_varint_bits(bytes, & mut pos, "seq", 64u32) ? as u64; let _ =
    ::wire::__private::read_varint_zigzag(bytes, & mut pos, "delta", 64u32) ? as i64; let
    _ = ::wire::__private::read_varint_signed(bytes, & mut pos, "signed", 32u32) ? as
    i32; ::wire::__private::Ok(pos) } #[doc(hidden)] pub fn __wire_view_validated(bytes :
    & 'a[u8],) -> ::wire::__private::Option < (RecordView < 'a >, usize) > { let (__raw,
    _) = < [u8; 5] as ::wire::__private::zerocopy::FromBytes > ::ref_from_prefix(bytes)
    .ok() ?; let mut pos = 5; let name = ::wire::__private::validated_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16)
    ?; let note = ::wire::__private::validated_str:: < ::wire::__private::BigEndian >
    (bytes, & mut pos, ::wire::__private::LenPrefix::U8) ?; let payload =
    ::wire::__private::validated_bytes:: < ::wire::__private::BigEndian > (bytes, & mut
    pos, ::wire::__private::LenPrefix::U16) ?; let blob =
    ::wire::__private::validated_bytes:: < ::wire::__private::BigEndian > (bytes, & mut
    pos, ::wire::__private::LenPrefix::Varint) ?; let levels =
    ::wire::__private::validated_list:: < Level, ::wire::__private::BigEndian > (bytes, &
    mut pos, ::wire::__private::LenPrefix::U32) ?; let best = if
    ::wire::__private::validated_presence(bytes, & mut pos) ? {
    ::wire::__private::Option::Some(::wire::__private::validated_element:: < Level,
    ::wire::__private::BigEndian > (bytes, & mut pos) ?) } else {
    ::wire::__private::Option::None }; let label = if
    ::wire::__private::validated_presence(bytes, & mut pos) ? {
    ::wire::__private::Option::Some(::wire::__private::validated_str:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8)
    ?) } else { ::wire::__private::Option::None }; let seq =
    ::wire::__private::validated_varint(bytes, & mut pos) ? as u64; let delta =
    ::wire::__private::unzigzag(::wire::__private::validated_varint(bytes, & mut pos) ?)
    as i64; let signed = ::wire::__private::validated_varint(bytes, & mut pos) ? as i64
    as i32; let end = pos; ::wire::__private::Option::Some((RecordView { __bytes : bytes
    .get(..end).unwrap_or_default(), __raw, name, note, payload, blob, levels, best,
    label, seq, delta, signed, }, end)) } #[doc(hidden)] pub fn
    __wire_len_validated(bytes : & 'a[u8]) -> ::wire::__private::Option < usize > { let
    mut pos = 5; let _ = ::wire::__private::validated_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U16)
    ?; let _ = ::wire::__private::validated_bytes:: < ::wire::__private::BigEndian >
    (bytes, & mut pos, ::wire::__private::LenPrefix::U8) ?; let _ =
    ::wire::__private::validated_bytes:: < ::wire::__private::BigEndian > (bytes, & mut
    pos, ::wire::__private::LenPrefix::U16) ?; let _ =
    ::wire::__private::validated_bytes:: < ::wire::__private::BigEndian > (bytes, & mut
    pos, ::wire::__private::LenPrefix::Varint) ?; let _ =
    ::wire::__private::validated_list:: < Level, ::wire::__private::BigEndian > (bytes, &
    mut pos, ::wire::__private::LenPrefix::U32) ?; let _ = if
    ::wire::__private::validated_presence(bytes, & mut pos) ? {
    ::wire::__private::Option::Some(::wire::__private::skip_element:: < Level,
    ::wire::__private::BigEndian > (bytes, & mut pos) ?) } else {
    ::wire::__private::Option::None }; let _ = if
    ::wire::__private::validated_presence(bytes, & mut pos) ? {
    ::wire::__private::Option::Some(::wire::__private::validated_bytes:: <
    ::wire::__private::BigEndian > (bytes, & mut pos, ::wire::__private::LenPrefix::U8)
    ?) } else { ::wire::__private::Option::None }; let _ =
    ::wire::__private::validated_varint(bytes, & mut pos) ? as u64; let _ =
    ::wire::__private::unzigzag(::wire::__private::validated_varint(bytes, & mut pos) ?)
    as i64; let _ = ::wire::__private::validated_varint(bytes, & mut pos) ? as i64 as
    i32; ::wire::__private::Option::Some(pos) } } impl < 'a > Record < 'a > where Level :
    for < '__w > ::wire::__private::Element < '__w >, { #[doc =
    "Checks that `bytes` is exactly one encoding of [`Record`] and returns a view of it.\n\nEvery length is checked against its cap and against the input before anything else; strings are checked to be UTF-8; enums, bools and lists are checked element by element. Afterwards every accessor is O(1) and cannot fail.\n\n# Errors\n\n`Truncated`, `TrailingBytes`, `LengthExceedsMax`, `InvalidUtf8`, `MalformedVarint`, `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, or `InvalidBlockLength` for a versioned message, each with the field and its offset."]
    #[inline] pub fn view(bytes : & 'a[u8]) -> ::wire::__private::Result < RecordView <
    'a >, ::wire::__private::DecodeError > { let (view, used) =
    Self::__wire_view_at(bytes, ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH)) ?;
    if used != bytes.len() { return
    ::wire::__private::Err(::wire::__private::DecodeError::TrailingBytes { offset :
    ::wire::__private::saturate(used), count : ::wire::__private::saturate(bytes.len() -
    used) }); } ::wire::__private::Ok(view) } #[doc =
    "Like [`Record::view`], on the front of a longer buffer: returns the view and the bytes after the message."]
    #[inline] pub fn view_prefix(bytes : & 'a[u8],) -> ::wire::__private::Result <
    (RecordView < 'a >, & 'a[u8]), ::wire::__private::DecodeError > { let (view, used) =
    Self::__wire_view_at(bytes, ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH)) ?;
    ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default())) } } impl < 'a >
    RecordView < 'a > where Level : for < '__w > ::wire::__private::Element < '__w >, {
    #[doc = "`id`: bytes 0..4, big endian; `u32`."] #[inline] pub fn id(& self) -> u32 {
    ::wire::__private::read_at:: < u32, ::wire::__private::BigEndian > (self.__raw, 0) }
    #[doc =
    "`kind`: 3 bits at bit 0 (counting from the most significant) of the 1-byte run at byte 4, big endian; `u8`."]
    #[inline] pub fn kind(& self) -> u8 {
    ((::wire::__private::read_be_u8(::wire::__private::chunk:: < 1usize > (self.__raw,
    4)) >> 5u32) & 7) as u8 } #[doc =
    "`level`: 5 bits at bit 3 (counting from the most significant) of the 1-byte run at byte 4, big endian; `u8`."]
    #[inline] pub fn level(& self) -> u8 {
    ((::wire::__private::read_be_u8(::wire::__private::chunk:: < 1usize > (self.__raw,
    4)) >> 0u32) & 31) as u8 } #[doc =
    "`name`: variable-length field 1 after the fixed block; UTF-8 prefixed by its length in bytes as a u16, at most 300."]
    #[inline] pub fn name(& self) -> & 'a str { self.name } #[doc =
    "`note`: variable-length field 2 after the fixed block; UTF-8 prefixed by its length in bytes as a u8, at most 16."]
    #[inline] pub fn note(& self) -> & 'a str { self.note } #[doc =
    "`payload`: variable-length field 3 after the fixed block; bytes prefixed by its length in bytes as a u16, at most 65535."]
    #[inline] pub fn payload(& self) -> & 'a[u8] { self.payload } #[doc =
    "`blob`: variable-length field 4 after the fixed block; bytes prefixed by its length in bytes as a varint, at most 1048576."]
    #[inline] pub fn blob(& self) -> & 'a[u8] { self.blob } #[doc =
    "`levels`: variable-length field 5 after the fixed block; a list prefixed by its length in elements as a u32, at most 1048576."]
    #[inline] pub fn levels(& self) -> ::wire::__private::List < 'a, Level,
    ::wire::__private::BigEndian > { self.levels } #[doc =
    "`best`: variable-length field 6 after the fixed block; a presence byte (0 or 1), then a `Level`."]
    #[inline] pub fn best(& self) -> ::wire::__private::Option < < Level as
    ::wire::__private::Element < 'a >> ::View > { self.best.map(< Level as
    ::wire::__private::DecodeElement < 'a >> ::stored_view:: <
    ::wire::__private::BigEndian >) } #[doc =
    "`label`: variable-length field 7 after the fixed block; a presence byte (0 or 1), then UTF-8 prefixed by its length in bytes as a u8, at most 255."]
    #[inline] pub fn label(& self) -> ::wire::__private::Option < & 'a str > { self.label
    } #[doc = "`seq`: variable-length field 8 after the fixed block; a LEB128 varint."]
    #[inline] pub fn seq(& self) -> u64 { self.seq } #[doc =
    "`delta`: variable-length field 9 after the fixed block; a ZigZag LEB128 varint."]
    #[inline] pub fn delta(& self) -> i64 { self.delta } #[doc =
    "`signed`: variable-length field 10 after the fixed block; a LEB128 varint."]
    #[inline] pub fn signed(& self) -> i32 { self.signed } #[doc =
    r" The bytes of the encoding."] #[inline] pub fn as_bytes(& self) -> & 'a[u8] { self
    .__bytes } } impl < 'a > ::wire::__private::core::fmt::Debug for RecordView < 'a >
    where Level : for < '__w > ::wire::__private::Element < '__w >, { fn fmt(& self, f :
    & mut ::wire::__private::core::fmt::Formatter < '_ >) ->
    ::wire::__private::core::fmt::Result { f.debug_struct("RecordView").field("bytes", &
    self.__bytes).finish() } } impl < 'a > ::wire::__private::Encode for Record < 'a >
    where Level : for < '__w > ::wire::__private::Element < '__w >, { #[inline] fn
    encoded_len(& self) -> usize { 0usize + 5 + { let n =
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.name).len();
    ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U16, n, n) } + { let n
    = ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.note).len();
    ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U8, n, n) } + { let n =
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.payload).len();
    ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U16, n, n) } + { let n
    = ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.blob).len();
    ::wire::__private::prefixed_len(::wire::__private::LenPrefix::Varint, n, n) } + { let
    items = ::wire::__private::core::convert::AsRef:: < [Level] > ::as_ref(& self
    .levels); ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U32, items
    .len(), ::wire::__private::list_body_len(items)) } + 1 + match & self.best {
    ::wire::__private::Option::Some(value) =>
    ::wire::__private::EncodeElement::elem_len(& (* value)),
    ::wire::__private::Option::None => 0 } + 1 + match & self.label {
    ::wire::__private::Option::Some(value) => { let n =
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& (* value)).len();
    ::wire::__private::prefixed_len(::wire::__private::LenPrefix::U8, n, n) },
    ::wire::__private::Option::None => 0 } + ::wire::__private::varint_len((self.seq as
    u64)) + ::wire::__private::varint_len(::wire::__private::zigzag(self.delta as i64)) +
    ::wire::__private::varint_len((self.signed as i64 as u64)) } #[inline] fn encode(&
    self, out : & mut [u8]) -> ::wire::__private::Result < usize,
    ::wire::__private::EncodeError > { let total =
    ::wire::__private::Encode::encoded_len(self); if out.len() < total { return
    ::wire::__private::Err(::wire::__private::buffer_too_small(total, out.len())); } let
    mut pos = 0usize; { let available = out.len(); let slot =
    ::wire::__private::reserve(out, & mut pos, 5) ?; let raw = match < [u8; 5] as
    ::wire::__private::zerocopy::FromBytes > ::mut_from_prefix(slot) {
    ::wire::__private::Ok((raw, _)) => raw, ::wire::__private::Err(_) => return
    ::wire::__private::Err(::wire::__private::buffer_too_small(total, available)), }; let
    offset = 0usize; if ! ((self.kind <= 7) & (self.level <= 31)) { return
    ::wire::__private::Err(::wire::__private::first_out_of_range(|| { if self.kind > 7 {
    return ::wire::__private::Err(::wire::__private::out_of_range("kind", (offset + 4),
    self.kind as i128, 3u8, false)); } if self.level > 31 { return
    ::wire::__private::Err(::wire::__private::out_of_range("level", (offset + 4), self
    .level as i128, 5u8, false)); } ::wire::__private::Ok(()) })); }
    ::wire::__private::SetResult::into_result(::wire::__private::write_at:: < u32,
    ::wire::__private::BigEndian > (& self.id, raw, 0, offset)) ?; { let mut __bits : u8
    = 0; __bits |= (((self.kind as u8) as u8) & 7) << 5u32; __bits |= (((self.level as
    u8) as u8) & 31) << 0u32;
    ::wire::__private::write_be_u8(::wire::__private::chunk_mut:: < 1usize > (raw, 4),
    __bits); } } ::wire::__private::write_bytes:: < ::wire::__private::BigEndian > (out,
    & mut pos, ::wire::__private::LenPrefix::U16, 300u64, "name",
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.name),) ?;
    ::wire::__private::write_bytes:: < ::wire::__private::BigEndian > (out, & mut pos,
    ::wire::__private::LenPrefix::U8, 16u64, "note",
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.note),) ?;
    ::wire::__private::write_bytes:: < ::wire::__private::BigEndian > (out, & mut pos,
    ::wire::__private::LenPrefix::U16, 65535u64, "payload",
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.payload),) ?;
    ::wire::__private::write_bytes:: < ::wire::__private::BigEndian > (out, & mut pos,
    ::wire::__private::LenPrefix::Varint, 1048576u64, "blob",
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& self.blob),) ?;
    ::wire::__private::write_list:: < Level, ::wire::__private::BigEndian > (out, & mut
    pos, ::wire::__private::LenPrefix::U32, 1048576u64, "levels",
    ::wire::__private::core::convert::AsRef:: < [Level] > ::as_ref(& self.levels),) ?;
    match & self.best { ::wire::__private::Option::Some(value) => {
    ::wire::__private::reserve(out, & mut pos, 1) ? [0] = 1;
    ::wire::__private::write_element:: < Level, ::wire::__private::BigEndian > (out, &
    mut pos, & (* value)) ?; } ::wire::__private::Option::None =>
    ::wire::__private::reserve(out, & mut pos, 1) ? [0] = 0, } match & self.label {
    ::wire::__private::Option::Some(value) => { ::wire::__private::reserve(out, & mut
    pos, 1) ? [0] = 1; ::wire::__private::write_bytes:: < ::wire::__private::BigEndian >
    (out, & mut pos, ::wire::__private::LenPrefix::U8, 255u64, "label",
    ::wire::__private::core::convert::AsRef:: < [u8] > ::as_ref(& (* value)),) ?; }
    ::wire::__private::Option::None => ::wire::__private::reserve(out, & mut pos, 1) ?
    [0] = 0, } ::wire::__private::write_varint(out, & mut pos, (self.seq as u64)) ?;
    ::wire::__private::write_varint(out, & mut pos, ::wire::__private::zigzag(self.delta
    as i64)) ?; ::wire::__private::write_varint(out, & mut pos, (self.signed as i64 as
    u64)) ?; ::wire::__private::Ok(pos) } } impl < 'a > ::wire::__private::Decode < 'a >
    for Record < 'a > where Level : for < '__w > ::wire::__private::Element < '__w >, {
    #[inline] fn decode_prefix(bytes : & 'a[u8]) -> ::wire::__private::Result < (Self, &
    'a[u8]), ::wire::__private::DecodeError > { let depth =
    ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH); let (value, used) =
    Self::__wire_decode_at(bytes, depth) ?; ::wire::__private::Ok((value, bytes.get(used
    ..).unwrap_or_default())) } } #[doc(hidden)] impl < 'a >
    ::wire::__private::EncodeElement for Record < 'a > where Level : for < '__w >
    ::wire::__private::Element < '__w >, { #[inline] fn elem_len(& self) -> usize {
    ::wire::__private::Encode::encoded_len(self) } #[inline] fn elem_write < __O :
    ::wire::__private::ByteOrder > (& self, out : & mut [u8]) ->
    ::wire::__private::Result < usize, ::wire::__private::EncodeError > {
    ::wire::__private::Encode::encode(self, out) } } impl < 'a >
    ::wire::__private::Element < 'a > for Record < 'a > where Level : for < '__w >
    ::wire::__private::Element < '__w >, { type View = RecordView < 'a >; }
    #[doc(hidden)] impl < 'a > ::wire::__private::DecodeElement < 'a > for Record < 'a >
    where Level : for < '__w > ::wire::__private::Element < '__w >, { type View =
    RecordView < 'a >; const MIN_LEN : usize = 10usize + 5; #[inline] fn elem_view < __O
    : ::wire::__private::ByteOrder > (bytes : & 'a[u8], field : & 'static str, offset :
    usize, depth : ::wire::__private::Depth,) -> ::wire::__private::Result < (RecordView
    < 'a >, usize), ::wire::__private::DecodeError > { let depth = depth.enter(field,
    offset) ?; Self::__wire_view_at(bytes, depth).map_err(| e | e.offset_by(offset)) }
    type Stored < __O : ::wire::__private::ByteOrder > = RecordView < 'a >; #[inline] fn
    elem_store < __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8], field : &
    'static str, offset : usize, depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (RecordView < 'a >, usize),
    ::wire::__private::DecodeError > { Self::elem_view:: < __O > (bytes, field, offset,
    depth) } #[inline] fn elem_store_validated < __O : ::wire::__private::ByteOrder >
    (bytes : & 'a[u8],) -> ::wire::__private::Option < (RecordView < 'a >, usize) > {
    Self::__wire_view_validated(bytes) } #[inline] fn stored_view < __O :
    ::wire::__private::ByteOrder > (stored : RecordView < 'a >) -> RecordView < 'a > {
    stored } #[inline] fn elem_check < __O : ::wire::__private::ByteOrder > (bytes : &
    'a[u8], field : & 'static str, offset : usize, depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < usize, ::wire::__private::DecodeError > { let depth =
    depth.enter(field, offset) ?; Self::__wire_check_at(bytes, depth).map_err(| e | e
    .offset_by(offset)) } #[inline] fn elem_view_validated < __O :
    ::wire::__private::ByteOrder > (bytes : & 'a[u8],) -> ::wire::__private::Option <
    (RecordView < 'a >, usize) > { Self::__wire_view_validated(bytes) } #[inline] fn
    elem_len_validated < __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8]) ->
    ::wire::__private::Option < usize > { Self::__wire_len_validated(bytes) } #[inline]
    fn elem_decode < __O : ::wire::__private::ByteOrder > (bytes : & 'a[u8], field : &
    'static str, offset : usize, depth : ::wire::__private::Depth,) ->
    ::wire::__private::Result < (Self, usize), ::wire::__private::DecodeError > { let
    depth = depth.enter(field, offset) ?; Self::__wire_decode_at(bytes, depth).map_err(|
    e | e.offset_by(offset)) } } }; const _ : () = { impl < 'a >
    ::wire::__private::FrameEncode for Record < 'a > where Level : for < '__w >
    ::wire::__private::Element < '__w >, {} impl < 'a > ::wire::__private::FrameDecode <
    'a > for Record < 'a > where Level : for < '__w > ::wire::__private::Element < '__w
    >, { type View = < Self as ::wire::__private::Element < 'a >> ::View; #[inline] fn
    decode_frame(_ : ::wire::__private::Option < u16 >, payload : & 'a[u8]) ->
    ::wire::__private::Result < Self, ::wire::__private::DecodeError > { < Self as
    ::wire::__private::Decode < 'a >> ::decode(payload) } #[inline] fn view_frame(_ :
    ::wire::__private::Option < u16 >, payload : & 'a[u8]) -> ::wire::__private::Result <
    Self::View, ::wire::__private::DecodeError > { Self::view(payload) } } impl < 'a >
    ::wire::__private::MaxEncodedLen for Record < 'a > where Level : for < '__w >
    ::wire::__private::Element < '__w >, { const MAX_ENCODED_LEN : usize = 0usize + 5 +
    (2usize + 300usize) + (1usize + 16usize) + (2usize + 65535usize) + { const fn
    __wire_unbounded() -> usize {
    ::wire::__private::core::panic!("`Record` has no maximum encoded length: field `blob` has no cap; add #[wire(max_len = N)] (or a \"u8\" or \"u16\" length prefix)")
    } __wire_unbounded() } + { const fn __wire_unbounded() -> usize {
    ::wire::__private::core::panic!("`Record` has no maximum encoded length: field `levels` has no cap; add #[wire(max_len = N)] (or a \"u8\" or \"u16\" length prefix)")
    } __wire_unbounded() } + (1usize + ::wire::__private::max_encoded_len:: < Level > ())
    + (1usize + (1usize + 255usize)) + 10usize + 10usize + 5usize; } impl < 'a > Record <
    'a > where Level : for < '__w > ::wire::__private::Element < '__w >, { #[doc =
    "The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field."]
    pub const MAX_ENCODED_LEN : usize = ::wire::__private::max_encoded_len:: < Self > ();
    } }; #[allow(private_bounds)] #[allow(clippy::all, clippy::pedantic, clippy::nursery,
    clippy::restriction)] const _ : () = { impl < 'a >
    ::wire::__private::schema::HasSchema for Record < 'a > where Level : for < '__w >
    ::wire::__private::Element < '__w >, { const SCHEMA : & 'static
    ::wire::__private::schema::Schema = Self::SCHEMA; } impl < 'a > Record < 'a > where
    Level : for < '__w > ::wire::__private::Element < '__w >, { #[doc =
    "The wire layout of [`Record`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.\n\nThe fixed block, bit 0 the most significant bit of byte 0:\n\n```text\n 0                   1                   2                   3\n 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1\n+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n|                               id                              |\n+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+\n| kind|  level  |\n+-+-+-+-+-+-+-+-+\n```\n\n- `id`: bytes 0..4, big endian; `u32`.\n- `kind`: 3 bits at bit 0 (counting from the most significant) of the 1-byte run at byte 4, big endian; `u8`.\n- `level`: 5 bits at bit 3 (counting from the most significant) of the 1-byte run at byte 4, big endian; `u8`.\n- `name`: variable-length field 1 after the fixed block; UTF-8 prefixed by its length in bytes as a u16, at most 300.\n- `note`: variable-length field 2 after the fixed block; UTF-8 prefixed by its length in bytes as a u8, at most 16.\n- `payload`: variable-length field 3 after the fixed block; bytes prefixed by its length in bytes as a u16, at most 65535.\n- `blob`: variable-length field 4 after the fixed block; bytes prefixed by its length in bytes as a varint, at most 1048576.\n- `levels`: variable-length field 5 after the fixed block; a list prefixed by its length in elements as a u32, at most 1048576.\n- `best`: variable-length field 6 after the fixed block; a presence byte (0 or 1), then a `Level`.\n- `label`: variable-length field 7 after the fixed block; a presence byte (0 or 1), then UTF-8 prefixed by its length in bytes as a u8, at most 255.\n- `seq`: variable-length field 8 after the fixed block; a LEB128 varint.\n- `delta`: variable-length field 9 after the fixed block; a ZigZag LEB128 varint.\n- `signed`: variable-length field 10 after the fixed block; a LEB128 varint.\n"]
    pub const SCHEMA : & 'static ::wire::__private::schema::Schema = &
    ::wire::__private::schema::Schema { name : "Record", module :
    ::wire::__private::core::module_path!(), doc : "", body :
    ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct { endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), version :
    ::wire::__private::None, block_len : 5, fixed_size : false, max_depth : 100u32,
    fields : & [::wire::__private::schema::Field { name : "id", doc : "", rust_type :
    "u32", ty : ::wire::__private::schema::Type::UInt { bytes : 4usize }, place :
    ::wire::__private::schema::Place::Bytes { offset : 0, len : 4usize }, endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 1u32, magic
    : ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "kind", doc : "", rust_type : "u8", ty :
    ::wire::__private::schema::Type::UInt { bytes : 1usize }, place :
    ::wire::__private::schema::Place::Bits { run_offset : 4, run_len : 1usize, shift :
    5u32, width : 3u32, }, endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 1u32, magic
    : ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "level", doc : "", rust_type : "u8", ty :
    ::wire::__private::schema::Type::UInt { bytes : 1usize }, place :
    ::wire::__private::schema::Place::Bits { run_offset : 4, run_len : 1usize, shift :
    0u32, width : 5u32, }, endian :
    ::wire::__private::Some(::wire::__private::schema::Endian::Big), since : 1u32, magic
    : ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "name", doc : "", rust_type : "String", ty
    : ::wire::__private::schema::Type::Str { prefix :
    ::wire::__private::schema::LenPrefix::U16, max_len : 300u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 0usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "note", doc :
    "", rust_type : "&'a str", ty : ::wire::__private::schema::Type::Str { prefix :
    ::wire::__private::schema::LenPrefix::U8, max_len : 16u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 1usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "payload", doc
    : "", rust_type : "&'a [u8]", ty : ::wire::__private::schema::Type::Bytes { prefix :
    ::wire::__private::schema::LenPrefix::U16, max_len : 65535u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 2usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "blob", doc :
    "", rust_type : "Vec<u8>", ty : ::wire::__private::schema::Type::Bytes { prefix :
    ::wire::__private::schema::LenPrefix::Varint, max_len : 1048576u64 }, place :
    ::wire::__private::schema::Place::Variable { index : 3usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "levels", doc :
    "", rust_type : "Vec<Level>", ty : ::wire::__private::schema::Type::List { elem : &
    ::wire::__private::schema::Type::Named(::wire::__private::schema::SchemaRef::of:: <
    Level > ()), prefix : ::wire::__private::schema::LenPrefix::U32, max_len : 1048576u64
    }, place : ::wire::__private::schema::Place::Variable { index : 4usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "best", doc :
    "", rust_type : "Option<Level>", ty : ::wire::__private::schema::Type::Option(&
    ::wire::__private::schema::Type::Named(::wire::__private::schema::SchemaRef::of:: <
    Level > ())), place : ::wire::__private::schema::Place::Variable { index : 5usize },
    endian : ::wire::__private::None, since : 1u32, magic : ::wire::__private::None,
    default : ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "label", doc :
    "", rust_type : "Option<String>", ty : ::wire::__private::schema::Type::Option(&
    ::wire::__private::schema::Type::Str { prefix :
    ::wire::__private::schema::LenPrefix::U8, max_len : 255u64 }), place :
    ::wire::__private::schema::Place::Variable { index : 6usize }, endian :
    ::wire::__private::None, since : 1u32, magic : ::wire::__private::None, default :
    ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "seq", doc :
    "", rust_type : "u64", ty : ::wire::__private::schema::Type::Varint { signed : false,
    zigzag : false, bytes : 8usize }, place : ::wire::__private::schema::Place::Variable
    { index : 7usize }, endian : ::wire::__private::None, since : 1u32, magic :
    ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, },
    ::wire::__private::schema::Field { name : "delta", doc : "", rust_type : "i64", ty :
    ::wire::__private::schema::Type::Varint { signed : true, zigzag : true, bytes :
    8usize }, place : ::wire::__private::schema::Place::Variable { index : 8usize },
    endian : ::wire::__private::None, since : 1u32, magic : ::wire::__private::None,
    default : ::wire::__private::None, condition : ::wire::__private::None, checksum :
    ::wire::__private::None, }, ::wire::__private::schema::Field { name : "signed", doc :
    "", rust_type : "i32", ty : ::wire::__private::schema::Type::Varint { signed : true,
    zigzag : false, bytes : 4usize }, place : ::wire::__private::schema::Place::Variable
    { index : 9usize }, endian : ::wire::__private::None, since : 1u32, magic :
    ::wire::__private::None, default : ::wire::__private::None, condition :
    ::wire::__private::None, checksum : ::wire::__private::None, }], }), }; } };
);
