/**
 * The exported symbol names of a native Node addon, read from its bytes: ELF (Linux, glibc and
 * musl), PE/COFF (Windows) or Mach-O (macOS, thin or universal).
 *
 * The build checks must prove that every shipped `.node` file is a Node-API addon — one binary for
 * every Node and Electron — including the Windows and macOS prebuilds, which cannot be loaded on the
 * machine that runs the checks, and without a toolchain (nm, objdump) that may not be installed there.
 * Every read is bounds-checked, so a damaged or foreign file ends in an Error that says what was
 * wrong, never in a silent misread, a RangeError from deep inside DataView, or a loop.
 */

export type NativeFormat = 'elf' | 'pe' | 'macho';
export interface NativeExports {
  format: NativeFormat;
  /** Sorted and without duplicates: a universal Mach-O lists each symbol once for all its slices. */
  symbols: string[];
}

const NAPI_REGISTER = 'napi_register_module_v1';
const ABI_BOUND = /^node_register_module_v\d+$/;

/**
 * The verdict used by the build checks: a Node-API addon exports napi_register_module_v1 and no
 * node_register_module_v<N>. The second would bind the addon to one Node/Electron ABI: Node looks
 * that symbol up for its own ABI before it falls back to Node-API. An old-style addon that registers
 * itself from a static constructor exports neither, so it fails on the missing Node-API symbol.
 */
export function nodeApiVerdict(exports: NativeExports): { nodeApi: boolean; abiBound: string[] } {
  const abiBound = exports.symbols.filter((name) => ABI_BOUND.test(name));
  return { nodeApi: exports.symbols.includes(NAPI_REGISTER) && abiBound.length === 0, abiBound };
}

/**
 * Throws an Error with a specific message for anything that is not one of the formats above, or is
 * truncated/malformed (never loops forever or reads out of bounds silently).
 */
export function nativeExports(bytes: Uint8Array): NativeExports {
  if (bytes.byteLength === 0) throw new Error('not a native addon: the file is empty (0 bytes)');
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0x7f && b(1) === 0x45 && b(2) === 0x4c && b(3) === 0x46) {
    return { format: 'elf', symbols: tidy(readElf(bytes)) };
  }
  // The DOS stub comes first; readPe looks for the PE signature it points to.
  if (b(0) === 0x4d && b(1) === 0x5a) return { format: 'pe', symbols: tidy(readPe(bytes)) };
  if (bytes.byteLength >= 4) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, 4);
    const le = view.getUint32(0, true);
    const be = view.getUint32(0, false);
    if (le === MH_MAGIC_64) return { format: 'macho', symbols: tidy(readMachO(bytes).map(unprefix)) };
    if (be === FAT_MAGIC || be === FAT_MAGIC_64) {
      return { format: 'macho', symbols: tidy(readFat(bytes).map(unprefix)) };
    }
    if (le === MH_MAGIC) {
      throw new Error('Mach-O: 32-bit (MH_MAGIC) files are not supported: Node addons for macOS are 64-bit');
    }
    if (be === MH_MAGIC || be === MH_MAGIC_64) {
      throw new Error('Mach-O: big-endian files are not supported: no supported macOS is big-endian');
    }
  }
  throw new Error(`not a native addon: ${describeUnknown(bytes)}; expected ELF, PE/COFF or Mach-O`);
}

function describeUnknown(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 64);
  const magic = Array.from(head.subarray(0, 4), (x) => x.toString(16).padStart(2, '0')).join(' ');
  // Tab, line feed, carriage return and printable ASCII: a script, a README or an error page that a
  // download wrote in place of the binary.
  const text = head.every((x) => x === 9 || x === 10 || x === 13 || (x >= 0x20 && x < 0x7f));
  if (text) return `the file starts with text (${JSON.stringify(textDecoder.decode(head.subarray(0, 24)))})`;
  if (bytes.byteLength < 4) return `${bytes.byteLength} bytes are too few to hold a file-format magic number`;
  return `unrecognized magic bytes ${magic}`;
}

const textDecoder = new TextDecoder('utf-8');

function tidy(names: string[]): string[] {
  // Default sort is by UTF-16 code unit: deterministic, which is all the checks need.
  return [...new Set(names.filter((name) => name !== ''))].sort();
}

/** Mach-O prefixes C names with one underscore; without it, the names match ELF and PE. */
function unprefix(name: string): string {
  return name.startsWith('_') ? name.slice(1) : name;
}

/**
 * A bounds-checked view of (part of) the file. `where` names the format or slice in every message,
 * so an error from a universal binary says which slice was damaged.
 */
class Reader {
  readonly bytes: Uint8Array;
  readonly length: number;
  private readonly view: DataView;
  private readonly littleEndian: boolean;
  private readonly where: string;

  constructor(bytes: Uint8Array, where: string, littleEndian: boolean) {
    this.bytes = bytes;
    this.length = bytes.byteLength;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.littleEndian = littleEndian;
    this.where = where;
  }

  fail(message: string): never {
    throw new Error(`${this.where}: ${message}`);
  }

  /** Offsets and sizes come from the file itself, so they are checked as untrusted numbers. */
  need(offset: number, size: number, what: string): void {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(size) || offset < 0 || size < 0) {
      this.fail(`malformed ${what}: offset ${offset}, size ${size}`);
    }
    if (offset + size > this.length) {
      this.fail(
        `truncated: ${what} needs bytes ${offset}..${offset + size} but the file has ${this.length} bytes`,
      );
    }
  }

  u8(offset: number, what: string): number {
    this.need(offset, 1, what);
    return this.view.getUint8(offset);
  }

  u16(offset: number, what: string): number {
    this.need(offset, 2, what);
    return this.view.getUint16(offset, this.littleEndian);
  }

  u32(offset: number, what: string): number {
    this.need(offset, 4, what);
    return this.view.getUint32(offset, this.littleEndian);
  }

  /** Only for offsets, sizes and counts: anything past 2^53 cannot point into a file we can hold. */
  u64(offset: number, what: string): number {
    this.need(offset, 8, what);
    const value = this.view.getBigUint64(offset, this.littleEndian);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`malformed ${what}: ${value} is out of range`);
    return Number(value);
  }

  /** The NUL-terminated bytes at `offset`, which must end before `end` (the end of their table). */
  cbytes(offset: number, end: number, what: string): Uint8Array {
    const limit = Math.min(end, this.length);
    if (!Number.isSafeInteger(offset) || offset < 0 || offset >= limit) {
      this.fail(`malformed ${what}: string offset ${offset} is outside its table (which ends at ${limit})`);
    }
    const nul = this.bytes.subarray(offset, limit).indexOf(0);
    if (nul < 0) this.fail(`malformed ${what}: string at ${offset} runs past the end of its table`);
    return this.bytes.subarray(offset, offset + nul);
  }

  cstring(offset: number, end: number, what: string): string {
    return textDecoder.decode(this.cbytes(offset, end, what));
  }

  sub(offset: number, size: number, where: string, littleEndian: boolean): Reader {
    this.need(offset, size, where);
    return new Reader(this.bytes.subarray(offset, offset + size), where, littleEndian);
  }
}

// ---------------------------------------------------------------------------------------------
// ELF

const ELF64_HEADER = 64;
const ELF64_SHDR = 64;
const ELF64_PHDR = 56;
const ELF64_SYM = 24;
const ELF64_DYN = 16;
const SHT_STRTAB = 3;
const SHT_DYNSYM = 11;
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const DT_NULL = 0;
const DT_HASH = 4;
const DT_STRTAB = 5;
const DT_SYMTAB = 6;
const DT_STRSZ = 10;
const DT_SYMENT = 11;
const DT_GNU_HASH = 0x6ffffef5;
const STB_GLOBAL = 1;
const STB_WEAK = 2;
const STV_DEFAULT = 0;
const STV_PROTECTED = 3;

function readElf(bytes: Uint8Array): string[] {
  const r = new Reader(bytes, 'ELF', true);
  if (bytes.byteLength < 16) {
    r.fail(`truncated header: e_ident needs 16 bytes, the file has ${bytes.byteLength}`);
  }
  const elfClass = r.u8(4, 'EI_CLASS');
  if (elfClass === 1) {
    r.fail('32-bit (ELFCLASS32) files are not supported: Node addons for Linux ship as 64-bit (ELFCLASS64)');
  }
  if (elfClass !== 2) r.fail(`unknown EI_CLASS ${elfClass}`);
  const data = r.u8(5, 'EI_DATA');
  if (data === 2) {
    r.fail('big-endian (ELFDATA2MSB) files are not supported: x86-64 and aarch64 are little-endian');
  }
  if (data !== 1) r.fail(`unknown EI_DATA ${data}`);
  if (bytes.byteLength < ELF64_HEADER) {
    r.fail(`truncated header: an ELF64 header is ${ELF64_HEADER} bytes, the file has ${bytes.byteLength}`);
  }

  const fromSections = elfDynsymFromSections(r);
  if (fromSections !== undefined) return fromSections;
  const fromDynamic = elfDynsymFromDynamic(r);
  if (fromDynamic !== undefined) return fromDynamic;
  return r.fail(
    'no dynamic symbol table (neither a .dynsym section nor a PT_DYNAMIC segment): not a shared object',
  );
}

function elfDynsymFromSections(r: Reader): string[] | undefined {
  const shoff = r.u64(40, 'e_shoff');
  if (shoff === 0) return undefined;
  const shentsize = r.u16(58, 'e_shentsize');
  if (shentsize !== ELF64_SHDR) {
    r.fail(`malformed e_shentsize ${shentsize}: ELF64 section headers are 64 bytes`);
  }
  let shnum = r.u16(60, 'e_shnum');
  // Past 0xff00 sections the real count moves to the sh_size of section 0.
  if (shnum === 0) shnum = r.u64(shoff + 32, 'section 0 sh_size (extended e_shnum)');
  r.need(shoff, shnum * ELF64_SHDR, 'section header table');

  const section = (index: number) => {
    const at = shoff + index * ELF64_SHDR;
    return {
      type: r.u32(at + 4, 'sh_type'),
      offset: r.u64(at + 24, 'sh_offset'),
      size: r.u64(at + 32, 'sh_size'),
      link: r.u32(at + 40, 'sh_link'),
      entsize: r.u64(at + 56, 'sh_entsize'),
    };
  };
  for (let i = 0; i < shnum; i++) {
    const dynsym = section(i);
    if (dynsym.type !== SHT_DYNSYM) continue;
    if (dynsym.entsize !== ELF64_SYM) r.fail(`malformed .dynsym: sh_entsize ${dynsym.entsize}, expected 24`);
    if (dynsym.size % ELF64_SYM !== 0) {
      r.fail(`malformed .dynsym: sh_size ${dynsym.size} is not a whole number of symbols`);
    }
    if (dynsym.link === 0 || dynsym.link >= shnum) {
      r.fail(`malformed .dynsym: sh_link ${dynsym.link} names no section (there are ${shnum})`);
    }
    const dynstr = section(dynsym.link);
    if (dynstr.type !== SHT_STRTAB) {
      r.fail(`malformed .dynsym: its string table (section ${dynsym.link}) is not SHT_STRTAB`);
    }
    return elfSymbols(r, dynsym.offset, dynsym.size / ELF64_SYM, dynstr.offset, dynstr.size);
  }
  // Section headers without a .dynsym: let the dynamic segment have the last word.
  return undefined;
}

/**
 * The loader never reads section headers, so a stripped-down file may have none; the dynamic segment
 * still locates the symbol and string tables, and the hash table says how many symbols there are.
 */
function elfDynsymFromDynamic(r: Reader): string[] | undefined {
  const phoff = r.u64(32, 'e_phoff');
  const phnum = r.u16(56, 'e_phnum');
  if (phoff === 0 || phnum === 0) return undefined;
  // PN_XNUM keeps the real count in section 0, which this path exists to do without.
  if (phnum === 0xffff) r.fail('e_phnum is PN_XNUM but the count lives in section headers the file lacks');
  const phentsize = r.u16(54, 'e_phentsize');
  if (phentsize !== ELF64_PHDR) {
    r.fail(`malformed e_phentsize ${phentsize}: ELF64 program headers are 56 bytes`);
  }
  r.need(phoff, phnum * ELF64_PHDR, 'program header table');

  const loads: { offset: number; vaddr: number; filesz: number }[] = [];
  let dynamic: { offset: number; filesz: number } | undefined;
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * ELF64_PHDR;
    const type = r.u32(at, 'p_type');
    if (type !== PT_LOAD && type !== PT_DYNAMIC) continue;
    const segment = {
      offset: r.u64(at + 8, 'p_offset'),
      vaddr: r.u64(at + 16, 'p_vaddr'),
      filesz: r.u64(at + 32, 'p_filesz'),
    };
    if (type === PT_LOAD) loads.push(segment);
    else dynamic ??= segment;
  }
  if (dynamic === undefined) return undefined;
  r.need(dynamic.offset, dynamic.filesz, 'PT_DYNAMIC segment');

  const tags = new Map<number, number>();
  for (let at = dynamic.offset; at + ELF64_DYN <= dynamic.offset + dynamic.filesz; at += ELF64_DYN) {
    // d_tag is signed and OS/processor tags are large: read both halves so that an unknown tag is
    // skipped instead of failing the range check that u64 applies to offsets.
    const low = r.u32(at, 'd_tag');
    const high = r.u32(at + 4, 'd_tag');
    if (high !== 0) continue;
    if (low === DT_NULL) break;
    if (
      low === DT_HASH ||
      low === DT_STRTAB ||
      low === DT_SYMTAB ||
      low === DT_STRSZ ||
      low === DT_SYMENT ||
      low === DT_GNU_HASH
    ) {
      if (!tags.has(low)) tags.set(low, r.u64(at + 8, 'd_val'));
    }
  }

  const toOffset = (vaddr: number, what: string): number => {
    const load = loads.find((s) => vaddr >= s.vaddr && vaddr < s.vaddr + s.filesz);
    if (load === undefined) {
      r.fail(`malformed ${what}: address 0x${vaddr.toString(16)} is in no PT_LOAD segment's file bytes`);
    }
    return load.offset + (vaddr - load.vaddr);
  };
  const symtab = tags.get(DT_SYMTAB);
  const strtab = tags.get(DT_STRTAB);
  const strsz = tags.get(DT_STRSZ);
  if (symtab === undefined || strtab === undefined || strsz === undefined) {
    return r.fail('PT_DYNAMIC lacks DT_SYMTAB, DT_STRTAB or DT_STRSZ, and there is no .dynsym section');
  }
  const syment = tags.get(DT_SYMENT) ?? ELF64_SYM;
  if (syment !== ELF64_SYM) r.fail(`malformed DT_SYMENT ${syment}, expected 24`);

  const hash = tags.get(DT_HASH);
  const gnuHash = tags.get(DT_GNU_HASH);
  let count: number;
  if (hash !== undefined) count = r.u32(toOffset(hash, 'DT_HASH') + 4, 'DT_HASH nchain');
  else if (gnuHash !== undefined) count = gnuHashSymbolCount(r, toOffset(gnuHash, 'DT_GNU_HASH'));
  else return r.fail('PT_DYNAMIC has neither DT_HASH nor DT_GNU_HASH, so the symbol count is unknown');
  return elfSymbols(r, toOffset(symtab, 'DT_SYMTAB'), count, toOffset(strtab, 'DT_STRTAB'), strsz);
}

/**
 * GNU hash tables do not store the symbol count: the last symbol is at the end of the chain that
 * starts at the highest bucket, and chains end at an entry whose low bit is set.
 */
function gnuHashSymbolCount(r: Reader, at: number): number {
  const nbuckets = r.u32(at, 'DT_GNU_HASH nbuckets');
  const symoffset = r.u32(at + 4, 'DT_GNU_HASH symoffset');
  const bloomSize = r.u32(at + 8, 'DT_GNU_HASH bloom_size');
  const buckets = at + 16 + bloomSize * 8;
  r.need(buckets, nbuckets * 4, 'DT_GNU_HASH buckets');
  let last = 0;
  for (let i = 0; i < nbuckets; i++) last = Math.max(last, r.u32(buckets + i * 4, 'DT_GNU_HASH bucket'));
  if (last === 0) return symoffset;
  if (last < symoffset) r.fail(`malformed DT_GNU_HASH: bucket ${last} is below symoffset ${symoffset}`);
  const chains = buckets + nbuckets * 4;
  // Every step reads one entry further into the file, so a chain without an end stops at its end.
  for (let index = last; ; index++) {
    if ((r.u32(chains + (index - symoffset) * 4, 'DT_GNU_HASH chain') & 1) === 1) return index + 1;
  }
}

function elfSymbols(r: Reader, symoff: number, count: number, stroff: number, strsize: number): string[] {
  r.need(symoff, count * ELF64_SYM, 'dynamic symbol table');
  r.need(stroff, strsize, 'dynamic string table');
  const names: string[] = [];
  // Entry 0 is the reserved null symbol.
  for (let i = 1; i < count; i++) {
    const at = symoff + i * ELF64_SYM;
    const info = r.u8(at + 4, 'st_info');
    const visibility = r.u8(at + 5, 'st_other') & 3;
    const shndx = r.u16(at + 6, 'st_shndx');
    const bind = info >> 4;
    if (shndx === 0) continue; // SHN_UNDEF: an import, not an export
    if (bind !== STB_GLOBAL && bind !== STB_WEAK) continue;
    if (visibility !== STV_DEFAULT && visibility !== STV_PROTECTED) continue;
    const name = r.u32(at, 'st_name');
    if (name >= strsize) {
      r.fail(`malformed symbol ${i}: st_name ${name} is past the string table (${strsize} bytes)`);
    }
    names.push(r.cstring(stroff + name, stroff + strsize, `name of symbol ${i}`));
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// PE/COFF

const PE_SIGNATURE = 0x00004550; // "PE\0\0"
const PE32_MAGIC = 0x10b;
const PE32PLUS_MAGIC = 0x20b;
const PE32PLUS_DATA_DIRECTORIES = 112;
const PE_SECTION_HEADER = 40;
const PE_EXPORT_DIRECTORY = 40;

function readPe(bytes: Uint8Array): string[] {
  const r = new Reader(bytes, 'PE', true);
  if (bytes.byteLength < 64) r.fail(`truncated DOS header: it is 64 bytes, the file has ${bytes.byteLength}`);
  const lfanew = r.u32(0x3c, 'e_lfanew');
  if (r.u32(lfanew, 'PE signature') !== PE_SIGNATURE) {
    r.fail(
      `no "PE\\0\\0" signature at e_lfanew (0x${lfanew.toString(16)}): a DOS program, not a Windows DLL`,
    );
  }
  const coff = lfanew + 4;
  const sectionCount = r.u16(coff + 2, 'NumberOfSections');
  const optionalSize = r.u16(coff + 16, 'SizeOfOptionalHeader');
  const optional = coff + 20;
  const magic = r.u16(optional, 'optional header Magic');
  if (magic === PE32_MAGIC) {
    r.fail('32-bit (PE32) images are not supported: Node addons for Windows x64 and arm64 are PE32+');
  }
  if (magic !== PE32PLUS_MAGIC) r.fail(`unknown optional header Magic 0x${magic.toString(16)}`);
  if (optionalSize < PE32PLUS_DATA_DIRECTORIES) {
    r.fail(`malformed SizeOfOptionalHeader ${optionalSize}: too small for PE32+`);
  }
  r.need(optional, optionalSize, 'optional header');
  const sizeOfHeaders = r.u32(optional + 60, 'SizeOfHeaders');
  const directoryCount = r.u32(optional + 108, 'NumberOfRvaAndSizes');
  if (directoryCount === 0) return [];
  if (PE32PLUS_DATA_DIRECTORIES + 8 > optionalSize) {
    r.fail('malformed optional header: no room for the export data directory');
  }
  const exportRva = r.u32(optional + PE32PLUS_DATA_DIRECTORIES, 'export directory RVA');
  const exportSize = r.u32(optional + PE32PLUS_DATA_DIRECTORIES + 4, 'export directory size');
  if (exportRva === 0 || exportSize === 0) return [];

  const sectionTable = optional + optionalSize;
  r.need(sectionTable, sectionCount * PE_SECTION_HEADER, 'section table');
  const sections = Array.from({ length: sectionCount }, (_, i) => {
    const at = sectionTable + i * PE_SECTION_HEADER;
    return {
      virtualSize: r.u32(at + 8, 'VirtualSize'),
      rva: r.u32(at + 12, 'VirtualAddress'),
      rawSize: r.u32(at + 16, 'SizeOfRawData'),
      rawOffset: r.u32(at + 20, 'PointerToRawData'),
    };
  });

  /** Where an RVA's bytes are in the file, and where the file bytes backing its section end. */
  const map = (rva: number, length: number, what: string): { offset: number; end: number } => {
    const section = sections.find((s) => rva >= s.rva && rva < s.rva + Math.max(s.virtualSize, s.rawSize));
    if (section === undefined) {
      // The headers are mapped at RVA 0 as they are in the file.
      if (rva + length <= sizeOfHeaders) return { offset: rva, end: sizeOfHeaders };
      return r.fail(`malformed ${what}: RVA 0x${rva.toString(16)} is in no section`);
    }
    // Past SizeOfRawData a section is zero-filled memory with no bytes in the file.
    const end = section.rawOffset + section.rawSize;
    const offset = section.rawOffset + (rva - section.rva);
    if (offset + length > end) {
      r.fail(`malformed ${what}: RVA 0x${rva.toString(16)} is past its section's file data`);
    }
    r.need(offset, length, what);
    return { offset, end };
  };

  const directory = map(exportRva, PE_EXPORT_DIRECTORY, 'export directory').offset;
  const nameCount = r.u32(directory + 24, 'NumberOfNames');
  if (nameCount === 0) return [];
  const namePointers = map(
    r.u32(directory + 32, 'AddressOfNames'),
    nameCount * 4,
    'export name pointer table',
  ).offset;
  const names: string[] = [];
  for (let i = 0; i < nameCount; i++) {
    const rva = r.u32(namePointers + i * 4, 'export name pointer');
    const name = map(rva, 1, `export name ${i}`);
    names.push(r.cstring(name.offset, name.end, `export name ${i}`));
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Mach-O

const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
const MACH_HEADER_64 = 32;
const LC_SYMTAB = 0x2;
const LC_DYLD_INFO = 0x22;
const LC_DYLD_INFO_ONLY = 0x80000022;
const LC_DYLD_EXPORTS_TRIE = 0x80000033;
const NLIST_64 = 16;
const N_STAB = 0xe0;
const N_TYPE = 0x0e;
const N_EXT = 0x01;
const N_SECT = 0x0e;
// Java class files share 0xCAFEBABE; their next word is a version number of at least 45, while no
// universal binary has anywhere near that many slices.
const JAVA_CLASS_MIN_VERSION = 45;

function readFat(bytes: Uint8Array): string[] {
  // Universal headers are big-endian whatever the slices are.
  const r = new Reader(bytes, 'Mach-O universal', false);
  const is64 = r.u32(0, 'magic') === FAT_MAGIC_64;
  const count = r.u32(4, 'nfat_arch');
  if (!is64 && count >= JAVA_CLASS_MIN_VERSION) {
    r.fail(`0xCAFEBABE followed by ${count}: a Java class file, not a universal binary`);
  }
  if (count === 0) r.fail('the universal header lists no slices');
  const entrySize = is64 ? 32 : 20;
  r.need(8, count * entrySize, 'fat_arch table');
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = 8 + i * entrySize;
    const cpu = r.u32(at, 'cputype');
    const offset = is64 ? r.u64(at + 8, 'fat_arch offset') : r.u32(at + 8, 'fat_arch offset');
    const size = is64 ? r.u64(at + 16, 'fat_arch size') : r.u32(at + 12, 'fat_arch size');
    const where = `Mach-O universal slice ${i} (cputype 0x${cpu.toString(16)})`;
    const slice = r.sub(offset, size, where, true);
    const magic = slice.u32(0, 'magic');
    if (magic === MH_MAGIC) {
      slice.fail('32-bit (MH_MAGIC) slices are not supported: Node addons for macOS are 64-bit');
    }
    if (magic !== MH_MAGIC_64) slice.fail(`not a 64-bit Mach-O (magic 0x${magic.toString(16)})`);
    names.push(...readMachO(slice.bytes, where));
  }
  return names;
}

/** Names as Mach-O spells them, with the leading underscore. */
function readMachO(bytes: Uint8Array, where = 'Mach-O'): string[] {
  const r = new Reader(bytes, where, true);
  r.need(0, MACH_HEADER_64, 'mach_header_64');
  const ncmds = r.u32(16, 'ncmds');
  const sizeofcmds = r.u32(20, 'sizeofcmds');
  const end = MACH_HEADER_64 + sizeofcmds;
  r.need(MACH_HEADER_64, sizeofcmds, 'load commands');

  let trie: { offset: number; size: number } | undefined;
  let symtab: { symoff: number; nsyms: number; stroff: number; strsize: number } | undefined;
  let at = MACH_HEADER_64;
  for (let i = 0; i < ncmds; i++) {
    if (at + 8 > end) r.fail(`malformed load command ${i}: it starts past sizeofcmds`);
    const cmd = r.u32(at, 'cmd');
    const cmdsize = r.u32(at + 4, 'cmdsize');
    // A cmdsize under 8 would never advance, and one past sizeofcmds would read into the data.
    if (cmdsize < 8 || at + cmdsize > end) r.fail(`malformed load command ${i}: cmdsize ${cmdsize}`);
    if (cmd === LC_DYLD_EXPORTS_TRIE) {
      if (cmdsize < 16) r.fail(`malformed LC_DYLD_EXPORTS_TRIE: cmdsize ${cmdsize}`);
      trie = { offset: r.u32(at + 8, 'dataoff'), size: r.u32(at + 12, 'datasize') };
    } else if ((cmd === LC_DYLD_INFO || cmd === LC_DYLD_INFO_ONLY) && trie === undefined) {
      if (cmdsize < 48) r.fail(`malformed LC_DYLD_INFO: cmdsize ${cmdsize}`);
      trie = { offset: r.u32(at + 40, 'export_off'), size: r.u32(at + 44, 'export_size') };
    } else if (cmd === LC_SYMTAB) {
      if (cmdsize < 24) r.fail(`malformed LC_SYMTAB: cmdsize ${cmdsize}`);
      symtab = {
        symoff: r.u32(at + 8, 'symoff'),
        nsyms: r.u32(at + 12, 'nsyms'),
        stroff: r.u32(at + 16, 'stroff'),
        strsize: r.u32(at + 20, 'strsize'),
      };
    }
    at += cmdsize;
  }
  // The trie is what dyld binds against; the symbol table is only the older linkers' record of it.
  if (trie !== undefined) return readExportTrie(r, trie.offset, trie.size);
  if (symtab !== undefined) return machOSymtabExports(r, symtab);
  return r.fail('no export trie (LC_DYLD_EXPORTS_TRIE or LC_DYLD_INFO) and no LC_SYMTAB');
}

function readExportTrie(r: Reader, start: number, size: number): string[] {
  r.need(start, size, 'export trie');
  if (size === 0) return [];
  const end = start + size;
  const uleb = (offset: number, what: string): [value: number, next: number] => {
    let value = 0;
    let scale = 1;
    for (let p = offset; ; p++) {
      if (p >= end) r.fail(`malformed export trie: ${what} runs past the end of the trie`);
      const byte = r.u8(p, what);
      value += (byte & 0x7f) * scale;
      if (!Number.isSafeInteger(value)) r.fail(`malformed export trie: ${what} is too large`);
      if ((byte & 0x80) === 0) return [value, p + 1];
      scale *= 128;
    }
  };

  interface Node {
    depth: number;
    children: { label: Uint8Array; node: number }[];
    next: number;
  }
  const names: string[] = [];
  const seen = new Set<number>();
  // One shared path of name bytes, cut back on the way up: a deep trie costs its own size, not its
  // depth squared, and a depth-first walk on an explicit stack cannot overflow the call stack.
  const path: number[] = [];
  const visit = (node: number): Node => {
    // A trie is a tree: an edge back to a visited node is a loop, or at best a malformed file.
    if (node >= size || seen.has(node)) r.fail(`malformed export trie: edge to node 0x${node.toString(16)}`);
    seen.add(node);
    const [terminalSize, afterSize] = uleb(start + node, 'terminal size');
    const childCountAt = afterSize + terminalSize;
    if (childCountAt >= end) {
      r.fail(`malformed export trie: terminal info at node 0x${node.toString(16)} runs past the end`);
    }
    if (terminalSize > 0) names.push(textDecoder.decode(Uint8Array.from(path)));
    const childCount = r.u8(childCountAt, 'child count');
    const children: Node['children'] = [];
    let p = childCountAt + 1;
    for (let i = 0; i < childCount; i++) {
      const label = r.cbytes(p, end, 'export trie edge label');
      const [child, next] = uleb(p + label.length + 1, 'child offset');
      children.push({ label, node: child });
      p = next;
    }
    return { depth: path.length, children, next: 0 };
  };

  const stack: Node[] = [visit(0)];
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const edge = top.children[top.next++];
    if (edge === undefined) {
      stack.pop();
      continue;
    }
    path.length = top.depth;
    for (const byte of edge.label) path.push(byte);
    stack.push(visit(edge.node));
  }
  return names;
}

function machOSymtabExports(
  r: Reader,
  { symoff, nsyms, stroff, strsize }: { symoff: number; nsyms: number; stroff: number; strsize: number },
): string[] {
  r.need(symoff, nsyms * NLIST_64, 'symbol table');
  r.need(stroff, strsize, 'string table');
  const names: string[] = [];
  for (let i = 0; i < nsyms; i++) {
    const at = symoff + i * NLIST_64;
    const type = r.u8(at + 4, 'n_type');
    // Debugger (stab) entries reuse n_type's bits for other meanings.
    if ((type & N_STAB) !== 0 || (type & N_EXT) === 0 || (type & N_TYPE) !== N_SECT) continue;
    const strx = r.u32(at, 'n_strx');
    names.push(r.cstring(stroff + strx, stroff + strsize, `name of symbol ${i}`));
  }
  return names;
}
