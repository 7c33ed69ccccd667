import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type NativeFormat, nativeExports, nodeApiVerdict } from './native-exports';

/**
 * The symbol reader behind the build checks' Node-API verdict. The real prebuilds show that it reads
 * every format the app ships; the synthetic binaries show that the verdict can fail, so that a future
 * dependency bound to one Node/Electron ABI is caught rather than waved through.
 */
const root = join(import.meta.dirname, '../..');
const PREBUILDS = join(root, 'node_modules/better-sqlite3-multiple-ciphers/prebuilds');
const EXPECTED_PREBUILDS: [file: string, format: NativeFormat][] = [
  ['darwin-arm64.node', 'macho'],
  ['darwin-x64.node', 'macho'],
  ['linux-arm64.node', 'elf'],
  ['linux-x64.node', 'elf'],
  ['linuxmusl-arm64.node', 'elf'],
  ['linuxmusl-x64.node', 'elf'],
  ['win32-arm64.node', 'pe'],
  ['win32-x64.node', 'pe'],
];
const prebuild = (file: string): Uint8Array => readFileSync(join(PREBUILDS, file));

const ABI_BOUND = 'node_register_module_v137';
const NAPI = 'napi_register_module_v1';

// ---------------------------------------------------------------------------------------------
// Synthetic binaries: the smallest files each format's loader-facing structures allow.

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const cstrings = (names: string[]): { bytes: Uint8Array; offsets: number[] } => {
  const offsets: number[] = [];
  let text = '\0';
  for (const name of names) {
    offsets.push(text.length);
    text += `${name}\0`;
  }
  return { bytes: ascii(text), offsets };
};

/** Hands out aligned file offsets in order, so each builder states its layout once. */
function layout() {
  let size = 0;
  return {
    take(length: number, align = 8): number {
      size = Math.ceil(size / align) * align;
      const at = size;
      size += length;
      return at;
    },
    get size() {
      return size;
    },
  };
}

const STB_LOCAL = 0;
const STB_GLOBAL = 1;
const STB_WEAK = 2;
const STV_DEFAULT = 0;
const STV_HIDDEN = 2;
const STV_PROTECTED = 3;

interface ElfSymbol {
  name: string;
  bind?: number;
  visibility?: number;
  /** false: an import (SHN_UNDEF). */
  defined?: boolean;
}

/**
 * An x86-64 ELF64 shared object holding only a dynamic symbol table, reachable both through section
 * headers and through PT_DYNAMIC; `sections: false` leaves the section headers out.
 */
function buildElf(
  symbols: ElfSymbol[],
  { sections = true, hash = 'gnu' }: { sections?: boolean; hash?: 'gnu' | 'sysv' } = {},
): Uint8Array {
  // GNU hash tables only cover the symbols after symoffset, so imports go first, as linkers put them.
  const ordered = [
    ...symbols.filter((s) => s.defined === false),
    ...symbols.filter((s) => s.defined !== false),
  ];
  const symoffset = 1 + symbols.filter((s) => s.defined === false).length;
  const strings = cstrings(ordered.map((s) => s.name));
  const count = ordered.length + 1;
  const hashSize = hash === 'sysv' ? 8 + 4 + count * 4 : 16 + 8 + 4 + (count - symoffset) * 4;
  const shstr = cstrings([
    '.dynstr',
    '.dynsym',
    hash === 'sysv' ? '.hash' : '.gnu.hash',
    '.dynamic',
    '.text',
    '.shstrtab',
  ]);

  const l = layout();
  const phoff = l.take(64 + 2 * 56) + 64;
  const dynstr = l.take(strings.bytes.length, 1);
  const dynsym = l.take(count * 24);
  const hashAt = l.take(hashSize);
  const dynamic = l.take(6 * 16);
  const text = l.take(16, 16);
  const shstrtab = l.take(shstr.bytes.length, 1);
  const shoff = l.take(7 * 64);
  const file = new Uint8Array(l.size);
  const v = new DataView(file.buffer);
  const BASE = 0x10000; // load address != file offset, so that a mix-up of the two shows

  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  v.setUint16(16, 3, true); // ET_DYN
  v.setUint16(18, 62, true); // EM_X86_64
  v.setUint32(20, 1, true);
  v.setBigUint64(32, BigInt(phoff), true);
  v.setBigUint64(40, BigInt(sections ? shoff : 0), true);
  v.setUint16(52, 64, true);
  v.setUint16(54, 56, true);
  v.setUint16(56, 2, true);
  v.setUint16(58, 64, true);
  v.setUint16(60, sections ? 7 : 0, true);
  v.setUint16(62, sections ? 6 : 0, true);

  const phdr = (index: number, type: number, offset: number, size: number) => {
    const at = phoff + index * 56;
    v.setUint32(at, type, true);
    v.setBigUint64(at + 8, BigInt(offset), true);
    v.setBigUint64(at + 16, BigInt(BASE + offset), true);
    v.setBigUint64(at + 32, BigInt(size), true);
    v.setBigUint64(at + 40, BigInt(size), true);
  };
  phdr(0, 1, 0, l.size); // PT_LOAD
  phdr(1, 2, dynamic, 6 * 16); // PT_DYNAMIC

  file.set(strings.bytes, dynstr);
  ordered.forEach((symbol, i) => {
    const at = dynsym + (i + 1) * 24;
    v.setUint32(at, strings.offsets[i] ?? 0, true);
    v.setUint8(at + 4, ((symbol.bind ?? STB_GLOBAL) << 4) | 2); // STT_FUNC
    v.setUint8(at + 5, symbol.visibility ?? STV_DEFAULT);
    v.setUint16(at + 6, symbol.defined === false ? 0 : 5, true); // .text is section 5
    if (symbol.defined !== false) v.setBigUint64(at + 8, BigInt(BASE + text), true);
  });

  if (hash === 'sysv') {
    // One bucket and a chain through every symbol: valid, if slow to look anything up in.
    v.setUint32(hashAt, 1, true);
    v.setUint32(hashAt + 4, count, true);
    v.setUint32(hashAt + 8, count - 1, true);
    for (let i = 1; i < count; i++) v.setUint32(hashAt + 12 + i * 4, i - 1, true);
  } else {
    const gnuHash = (name: string) => [...ascii(name)].reduce((h, c) => (h * 33 + c) >>> 0, 5381);
    v.setUint32(hashAt, 1, true); // nbuckets
    v.setUint32(hashAt + 4, symoffset, true);
    v.setUint32(hashAt + 8, 1, true); // bloom words
    v.setUint32(hashAt + 12, 6, true); // bloom shift
    v.setBigUint64(hashAt + 16, 0xffffffffffffffffn, true); // a bloom filter that never says no
    v.setUint32(hashAt + 24, count > symoffset ? symoffset : 0, true);
    for (let i = symoffset; i < count; i++) {
      const last = i === count - 1 ? 1 : 0;
      v.setUint32(
        hashAt + 28 + (i - symoffset) * 4,
        ((gnuHash(ordered[i - 1]?.name ?? '') & ~1) | last) >>> 0,
        true,
      );
    }
  }

  const tags: [number, number][] = [
    [hash === 'sysv' ? 4 : 0x6ffffef5, BASE + hashAt],
    [5, BASE + dynstr],
    [6, BASE + dynsym],
    [10, strings.bytes.length],
    [11, 24],
    [0, 0],
  ];
  tags.forEach(([tag, value], i) => {
    v.setBigUint64(dynamic + i * 16, BigInt(tag), true);
    v.setBigUint64(dynamic + i * 16 + 8, BigInt(value), true);
  });

  file.set(shstr.bytes, shstrtab);
  const ALLOC = 0x2;
  const EXEC = 0x4;
  const shdr = (
    index: number,
    [type, flags, offset, size]: [number, number, number, number],
    { link = 0, info = 0, entsize = 0 } = {},
  ) => {
    const at = shoff + index * 64;
    v.setUint32(at, shstr.offsets[index - 1] ?? 0, true);
    v.setUint32(at + 4, type, true);
    v.setBigUint64(at + 8, BigInt(flags), true);
    v.setBigUint64(at + 16, BigInt(flags & ALLOC ? BASE + offset : 0), true);
    v.setBigUint64(at + 24, BigInt(offset), true);
    v.setBigUint64(at + 32, BigInt(size), true);
    v.setUint32(at + 40, link, true);
    v.setUint32(at + 44, info, true);
    v.setBigUint64(at + 56, BigInt(entsize), true);
  };
  shdr(1, [3, ALLOC, dynstr, strings.bytes.length]); // SHT_STRTAB
  // SHT_DYNSYM, with its strings in section 1; sh_info: the null symbol is the only local one.
  shdr(2, [11, ALLOC, dynsym, count * 24], { link: 1, info: 1, entsize: 24 });
  shdr(3, [hash === 'sysv' ? 5 : 0x6ffffff6, ALLOC, hashAt, hashSize], {
    link: 2,
    entsize: hash === 'sysv' ? 4 : 0,
  });
  shdr(4, [6, ALLOC, dynamic, 6 * 16], { link: 1, entsize: 16 }); // SHT_DYNAMIC
  shdr(5, [1, ALLOC | EXEC, text, 16]); // SHT_PROGBITS
  shdr(6, [3, 0, shstrtab, shstr.bytes.length]);
  return file;
}

/** An x64 PE32+ DLL with one section holding the export directory and its tables. */
function buildPe(exported: string[]): Uint8Array {
  // The loader binary-searches the name table, so real DLLs keep it sorted.
  const names = [...exported].sort();
  const n = names.length;
  const dllName = ascii('addon.node\0');
  const strings = cstrings(names);

  const FILE_DATA = 0x200;
  const RVA = 0x1000;
  const functions = 40;
  const namePointers = functions + n * 4;
  const ordinals = namePointers + n * 4;
  const dllNameAt = ordinals + n * 2;
  const stringsAt = dllNameAt + dllName.length;
  const dataSize = stringsAt + strings.bytes.length;
  const rawSize = Math.ceil(dataSize / 0x200) * 0x200;
  const file = new Uint8Array(FILE_DATA + rawSize);
  const v = new DataView(file.buffer);

  file.set(ascii('MZ'), 0);
  v.setUint32(0x3c, 0x40, true);
  file.set(ascii('PE\0\0'), 0x40);
  const coff = 0x44;
  v.setUint16(coff, 0x8664, true); // IMAGE_FILE_MACHINE_AMD64
  v.setUint16(coff + 2, 1, true);
  v.setUint16(coff + 16, 240, true); // PE32+ optional header with 16 data directories
  v.setUint16(coff + 18, 0x2022, true); // executable, large-address-aware DLL
  const optional = coff + 20;
  v.setUint16(optional, 0x20b, true);
  v.setUint32(optional + 60, FILE_DATA, true); // SizeOfHeaders
  v.setUint32(optional + 108, 16, true);
  v.setUint32(optional + 112, RVA, true);
  v.setUint32(optional + 116, dataSize, true);

  const section = optional + 240;
  file.set(ascii('.edata'), section);
  v.setUint32(section + 8, dataSize, true);
  v.setUint32(section + 12, RVA, true);
  v.setUint32(section + 16, rawSize, true);
  v.setUint32(section + 20, FILE_DATA, true);
  v.setUint32(section + 36, 0x40000040, true); // initialised, readable data

  const d = FILE_DATA;
  v.setUint32(d + 12, RVA + dllNameAt, true);
  v.setUint32(d + 16, 1, true); // ordinal base
  v.setUint32(d + 20, n, true);
  v.setUint32(d + 24, n, true);
  v.setUint32(d + 28, RVA + functions, true);
  v.setUint32(d + 32, RVA + namePointers, true);
  v.setUint32(d + 36, RVA + ordinals, true);
  file.set(dllName, d + dllNameAt);
  file.set(strings.bytes, d + stringsAt);
  names.forEach((_, i) => {
    v.setUint32(d + functions + i * 4, 0x2000 + i * 16, true);
    v.setUint32(d + namePointers + i * 4, RVA + stringsAt + (strings.offsets[i] ?? 0), true);
    v.setUint16(d + ordinals + i * 2, i, true);
  });
  return file;
}

/**
 * The export trie of `names`, one character per edge: a valid trie, if not the compact one ld64
 * writes, and deeper than any real one, so that name reassembly across many edges is exercised.
 * Child offsets are written as 4-byte ULEB128 (padding with 0x80 is legal), so that node sizes do
 * not depend on the offsets they hold.
 */
function buildTrie(names: string[]): Uint8Array {
  interface TrieNode {
    terminal: number | undefined;
    children: Map<number, TrieNode>;
    offset: number;
  }
  const node = (): TrieNode => ({ terminal: undefined, children: new Map(), offset: 0 });
  const rootNode = node();
  names.forEach((name, i) => {
    let at = rootNode;
    for (const c of ascii(name)) {
      const next = at.children.get(c) ?? node();
      at.children.set(c, next);
      at = next;
    }
    at.terminal = 0x4000 + i * 16;
  });
  const uleb = (value: number): number[] => {
    const out: number[] = [];
    do {
      out.push((value & 0x7f) | (value >= 0x80 ? 0x80 : 0));
      value = Math.floor(value / 128);
    } while (value > 0);
    return out;
  };
  const padded = (value: number) => [
    (value & 0x7f) | 0x80,
    ((value >> 7) & 0x7f) | 0x80,
    ((value >> 14) & 0x7f) | 0x80,
    (value >> 21) & 0x7f,
  ];
  const terminalInfo = (n: TrieNode) => (n.terminal === undefined ? [] : [0, ...uleb(n.terminal)]); // flags, address
  const order: TrieNode[] = [];
  const walk = (n: TrieNode) => {
    order.push(n);
    for (const child of n.children.values()) walk(child);
  };
  walk(rootNode);
  let size = 0;
  for (const n of order) {
    n.offset = size;
    size += uleb(terminalInfo(n).length).length + terminalInfo(n).length + 1 + n.children.size * (2 + 4);
  }
  const out: number[] = [];
  for (const n of order) {
    const info = terminalInfo(n);
    out.push(...uleb(info.length), ...info, n.children.size);
    for (const [c, child] of n.children) out.push(c, 0, ...padded(child.offset));
  }
  return Uint8Array.from(out);
}

const CPU_X86_64 = 0x01000007;
const CPU_ARM64 = 0x0100000c;
/** CPU_SUBTYPE_X86_64_ALL and CPU_SUBTYPE_ARM64_ALL. */
const cpuSubtype = (cpu: number): number => (cpu === CPU_X86_64 ? 3 : 0);

interface NlistEntry {
  name: string;
  type: number;
}

/**
 * An arm64 Mach-O 64 bundle whose exports are either in an export trie (through
 * LC_DYLD_EXPORTS_TRIE or LC_DYLD_INFO_ONLY) or only in LC_SYMTAB. Names are spelled as Mach-O spells
 * them, with the leading underscore.
 */
function buildMachO(
  via: { trie: Uint8Array; command: 'exports-trie' | 'dyld-info' } | { symtab: NlistEntry[] },
  cpu = CPU_ARM64,
): Uint8Array {
  const commandSize = 'trie' in via ? (via.command === 'exports-trie' ? 16 : 48) : 24;
  const strings = cstrings('symtab' in via ? via.symtab.map((s) => s.name) : []);
  const l = layout();
  l.take(32 + commandSize);
  const data = 'trie' in via ? l.take(via.trie.length) : l.take(via.symtab.length * 16);
  const stroff = l.take(strings.bytes.length);
  const file = new Uint8Array(l.size);
  const v = new DataView(file.buffer);

  v.setUint32(0, 0xfeedfacf, true);
  v.setUint32(4, cpu, true);
  v.setUint32(8, cpuSubtype(cpu), true);
  v.setUint32(12, 8, true); // MH_BUNDLE, what node-gyp builds
  v.setUint32(16, 1, true);
  v.setUint32(20, commandSize, true);
  const cmd = 32;
  if ('trie' in via) {
    file.set(via.trie, data);
    if (via.command === 'exports-trie') {
      v.setUint32(cmd, 0x80000033, true);
      v.setUint32(cmd + 8, data, true);
      v.setUint32(cmd + 12, via.trie.length, true);
    } else {
      v.setUint32(cmd, 0x80000022, true);
      v.setUint32(cmd + 40, data, true);
      v.setUint32(cmd + 44, via.trie.length, true);
    }
  } else {
    v.setUint32(cmd, 0x2, true); // LC_SYMTAB
    v.setUint32(cmd + 8, data, true);
    v.setUint32(cmd + 12, via.symtab.length, true);
    v.setUint32(cmd + 16, stroff, true);
    v.setUint32(cmd + 20, strings.bytes.length, true);
    via.symtab.forEach((symbol, i) => {
      v.setUint32(data + i * 16, strings.offsets[i] ?? 0, true);
      v.setUint8(data + i * 16 + 4, symbol.type);
      v.setUint8(data + i * 16 + 5, symbol.type & 0x0e ? 1 : 0);
    });
    file.set(strings.bytes, stroff);
  }
  v.setUint32(cmd + 4, commandSize, true);
  return file;
}

/** A universal binary of the given thin slices, aligned as lipo aligns them (2^14). */
function buildFat(slices: { cpu: number; bytes: Uint8Array }[]): Uint8Array {
  const ALIGN = 0x4000;
  let size = ALIGN;
  const offsets = slices.map((slice) => {
    const at = size;
    size += Math.ceil(slice.bytes.length / ALIGN) * ALIGN;
    return at;
  });
  const file = new Uint8Array(size);
  const v = new DataView(file.buffer);
  v.setUint32(0, 0xcafebabe, false);
  v.setUint32(4, slices.length, false);
  slices.forEach((slice, i) => {
    const at = 8 + i * 20;
    const offset = offsets[i] ?? 0;
    v.setUint32(at, slice.cpu, false);
    v.setUint32(at + 4, cpuSubtype(slice.cpu), false);
    v.setUint32(at + 8, offset, false);
    v.setUint32(at + 12, slice.bytes.length, false);
    v.setUint32(at + 16, 14, false);
    file.set(slice.bytes, offset);
  });
  return file;
}

const N_EXT = 0x01;
const N_SECT = 0x0e;
const N_UNDF = 0x00;
const N_PEXT = 0x10;
const N_FUN = 0x24; // a stab: debugger information, never an export

// ---------------------------------------------------------------------------------------------

describe('nativeExports on the prebuilt better-sqlite3-multiple-ciphers binaries', () => {
  it('finds all eight prebuilds, and no others that these tests would not check', () => {
    const files = readdirSync(PREBUILDS).filter((file) => file.endsWith('.node'));
    expect(files.sort()).toEqual(EXPECTED_PREBUILDS.map(([file]) => file));
  });

  it.each(EXPECTED_PREBUILDS)('reads %s as %s, a Node-API addon bound to no ABI', (file, format) => {
    const exports = nativeExports(prebuild(file));
    expect(exports.format).toBe(format);
    expect(exports.symbols).toContain(NAPI);
    expect(exports.symbols).toContain('node_api_module_get_api_version_v1');
    expect(nodeApiVerdict(exports)).toEqual({ nodeApi: true, abiBound: [] });
  });

  it('lists what the prebuilds define, not the Node-API and C library functions they import', () => {
    for (const file of ['linux-x64.node', 'linuxmusl-arm64.node']) {
      const { symbols } = nativeExports(prebuild(file));
      expect(symbols).not.toContain('napi_create_function');
      expect(symbols).not.toContain('malloc');
    }
    expect(nativeExports(prebuild('win32-x64.node')).symbols).toEqual([
      NAPI,
      'node_api_module_get_api_version_v1',
    ]);
  });

  it('removes the leading underscore from Mach-O names', () => {
    const { symbols } = nativeExports(prebuild('darwin-arm64.node'));
    expect(symbols).toContain('sqlite3_open_v2');
    expect(symbols.some((name) => name.startsWith('_'))).toBe(false);
  });

  it.each(['linux-x64.node', 'linux-arm64.node', 'linuxmusl-x64.node', 'linuxmusl-arm64.node'])(
    'reads the same symbols from %s through PT_DYNAMIC (GNU hash) as through its section headers',
    (file) => {
      const bytes = prebuild(file);
      const stripped = Uint8Array.from(bytes);
      const v = new DataView(stripped.buffer);
      v.setBigUint64(40, 0n, true); // e_shoff
      v.setUint16(60, 0, true); // e_shnum
      v.setUint16(62, 0, true); // e_shstrndx
      expect(nativeExports(stripped)).toEqual(nativeExports(bytes));
    },
  );

  it.each(['darwin-arm64.node', 'darwin-x64.node'])(
    'reads the same symbols from the LC_SYMTAB of %s as from its export trie',
    (file) => {
      const bytes = prebuild(file);
      const withoutTrie = Uint8Array.from(bytes);
      const v = new DataView(withoutTrie.buffer);
      let at = 32;
      let hidden = 0;
      for (let i = 0; i < v.getUint32(16, true); i++) {
        if (v.getUint32(at, true) === 0x80000022 || v.getUint32(at, true) === 0x80000033) {
          v.setUint32(at, 0x7ffffff0, true); // a command no reader knows, so the trie is not found
          hidden++;
        }
        at += v.getUint32(at + 4, true);
      }
      expect(hidden).toBe(1);
      expect(nativeExports(withoutTrie)).toEqual(nativeExports(bytes));
    },
  );

  it('reads every slice of a universal binary', () => {
    const arm64 = prebuild('darwin-arm64.node');
    const x64 = prebuild('darwin-x64.node');
    const universal = nativeExports(
      buildFat([
        { cpu: CPU_X86_64, bytes: x64 },
        { cpu: CPU_ARM64, bytes: arm64 },
      ]),
    );
    const union = [...new Set([...nativeExports(x64).symbols, ...nativeExports(arm64).symbols])].sort();
    expect(universal).toEqual({ format: 'macho', symbols: union });
    // The slices differ (each has its own CPU's AEGIS code): reading the first slice alone would miss some.
    expect(union.length).toBeGreaterThan(nativeExports(x64).symbols.length);
  });
});

describe('nodeApiVerdict catches an addon bound to one Node/Electron ABI', () => {
  const abiBound = { nodeApi: false, abiBound: [ABI_BOUND] };

  it.each([
    ['ELF, section headers', (names: string[]) => buildElf(names.map((name) => ({ name })))],
    [
      'ELF, PT_DYNAMIC with DT_HASH',
      (names: string[]) =>
        buildElf(
          names.map((name) => ({ name })),
          { sections: false, hash: 'sysv' },
        ),
    ],
    [
      'ELF, PT_DYNAMIC with DT_GNU_HASH',
      (names: string[]) =>
        buildElf(
          names.map((name) => ({ name })),
          { sections: false },
        ),
    ],
    ['PE32+', (names: string[]) => buildPe(names)],
    [
      'Mach-O, LC_DYLD_EXPORTS_TRIE',
      (names: string[]) =>
        buildMachO({ trie: buildTrie(names.map((n) => `_${n}`)), command: 'exports-trie' }),
    ],
    [
      'Mach-O, LC_DYLD_INFO_ONLY',
      (names: string[]) => buildMachO({ trie: buildTrie(names.map((n) => `_${n}`)), command: 'dyld-info' }),
    ],
    [
      'Mach-O, LC_SYMTAB only',
      (names: string[]) =>
        buildMachO({ symtab: names.map((n) => ({ name: `_${n}`, type: N_SECT | N_EXT })) }),
    ],
  ])('%s', (_, build) => {
    // The same builder passes a Node-API addon, so a failure below is the symbol's doing.
    expect(nodeApiVerdict(nativeExports(build([NAPI, 'helper'])))).toEqual({ nodeApi: true, abiBound: [] });
    expect(nativeExports(build([ABI_BOUND, 'helper'])).symbols).toEqual(['helper', ABI_BOUND]);
    expect(nodeApiVerdict(nativeExports(build([ABI_BOUND, 'helper'])))).toEqual(abiBound);
    // Exporting both is refused too: under its own ABI, Node calls the ABI-bound entry point, not Node-API.
    expect(nodeApiVerdict(nativeExports(build([NAPI, ABI_BOUND])))).toEqual(abiBound);
  });

  it('in one slice of a universal binary', () => {
    const napi = buildMachO({ trie: buildTrie([`_${NAPI}`]), command: 'exports-trie' }, CPU_ARM64);
    const bound = buildMachO({ trie: buildTrie([`_${ABI_BOUND}`]), command: 'exports-trie' }, CPU_X86_64);
    const fat = buildFat([
      { cpu: CPU_ARM64, bytes: napi },
      { cpu: CPU_X86_64, bytes: bound },
    ]);
    expect(nodeApiVerdict(nativeExports(fat))).toEqual(abiBound);
  });

  it('does not take a look-alike name for the ABI-bound entry point', () => {
    const exports = nativeExports(buildPe([NAPI, 'node_register_module_vX', 'my_node_register_module_v1']));
    expect(nodeApiVerdict(exports)).toEqual({ nodeApi: true, abiBound: [] });
  });

  it('fails an addon that exports neither entry point (one that registers from a static constructor)', () => {
    expect(nodeApiVerdict(nativeExports(buildElf([{ name: 'init' }])))).toEqual({
      nodeApi: false,
      abiBound: [],
    });
  });
});

describe('what counts as exported', () => {
  it('ELF: defined, global or weak, default or protected visibility', () => {
    const bytes = buildElf([
      { name: 'global' },
      { name: 'weak', bind: STB_WEAK },
      { name: 'protected', visibility: STV_PROTECTED },
      { name: 'local', bind: STB_LOCAL },
      { name: 'hidden', visibility: STV_HIDDEN },
      { name: 'imported', defined: false },
      { name: 'weak_import', bind: STB_WEAK, defined: false },
    ]);
    expect(nativeExports(bytes).symbols).toEqual(['global', 'protected', 'weak']);
  });

  it('Mach-O LC_SYMTAB: external and defined in a section, and not debugger entries', () => {
    const bytes = buildMachO({
      symtab: [
        { name: '_exported', type: N_SECT | N_EXT },
        { name: '_static', type: N_SECT },
        { name: '_private_extern', type: N_SECT | N_PEXT },
        { name: '_imported', type: N_UNDF | N_EXT },
        { name: '_stab', type: N_FUN },
        { name: 'no_underscore', type: N_SECT | N_EXT },
        // C's _reserved: only the underscore Mach-O added comes off.
        { name: '__reserved', type: N_SECT | N_EXT },
      ],
    });
    expect(nativeExports(bytes)).toEqual({
      format: 'macho',
      symbols: ['_reserved', 'exported', 'no_underscore'],
    });
  });

  it('reads a file that is a view into a larger buffer', () => {
    const elf = buildElf([{ name: NAPI }]);
    const padded = new Uint8Array(elf.length + 13);
    padded.set(elf, 7);
    expect(nativeExports(padded.subarray(7, 7 + elf.length)).symbols).toEqual([NAPI]);
  });
});

describe('nativeExports refuses what it cannot read, saying why', () => {
  const elf32 = new Uint8Array(52);
  elf32.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]);

  it.each([
    ['an empty buffer', new Uint8Array(0), 'not a native addon: the file is empty (0 bytes)'],
    [
      'a text file',
      readFileSync(join(root, 'package.json')),
      /^not a native addon: the file starts with text \("\{\\n.*"\); expected ELF, PE\/COFF or Mach-O$/,
    ],
    ['a shell script', ascii('#!/bin/sh\nexec node "$@"\n'), 'not a native addon: the file starts with text'],
    [
      'unknown bytes',
      Uint8Array.from([0, 1, 2, 3, 0xff]),
      'not a native addon: unrecognized magic bytes 00 01 02 03; expected ELF, PE/COFF or Mach-O',
    ],
    [
      'a truncated ELF header',
      prebuild('linux-x64.node').subarray(0, 20),
      'ELF: truncated header: an ELF64 header is 64 bytes, the file has 20',
    ],
    ['a 32-bit ELF', elf32, 'ELF: 32-bit (ELFCLASS32) files are not supported'],
    [
      'a big-endian ELF',
      Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 2, 1, ...new Array<number>(57).fill(0)]),
      'ELF: big-endian (ELFDATA2MSB)',
    ],
    [
      'an ELF cut before its section headers',
      prebuild('linux-x64.node').subarray(0, 0x4000),
      /^ELF: truncated: section header table needs bytes \d+\.\.\d+ but the file has 16384 bytes$/,
    ],
    [
      'an ELF with no dynamic symbols',
      Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, ...new Array<number>(57).fill(0)]),
      'ELF: no dynamic symbol table',
    ],
    [
      'a DOS program',
      Uint8Array.from([0x4d, 0x5a, ...new Array<number>(126).fill(0)]),
      'PE: no "PE\\0\\0" signature at e_lfanew (0x0)',
    ],
    [
      'a truncated PE',
      prebuild('win32-x64.node').subarray(0, 0x400),
      /^PE: truncated: export directory needs bytes \d+\.\.\d+ but the file has 1024 bytes$/,
    ],
    [
      'a 32-bit Mach-O',
      Uint8Array.from([0xce, 0xfa, 0xed, 0xfe, 0, 0, 0, 0]),
      'Mach-O: 32-bit (MH_MAGIC) files are not supported',
    ],
    [
      'a Java class file',
      Uint8Array.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52]),
      'Mach-O universal: 0xCAFEBABE followed by 52: a Java class file',
    ],
    [
      'a truncated Mach-O',
      prebuild('darwin-arm64.node').subarray(0, 0x1000),
      /^Mach-O: truncated: export trie needs bytes/,
    ],
  ])('%s', (_, bytes, message) => {
    expect(() => nativeExports(bytes)).toThrowError(message);
  });

  it('an export trie whose edge leads back to its root', () => {
    // Root: not terminal, one child "a" at offset 0, which is the root again.
    const loop = buildMachO({
      trie: Uint8Array.from([0x00, 0x01, 0x61, 0x00, 0x00]),
      command: 'exports-trie',
    });
    expect(() => nativeExports(loop)).toThrowError('Mach-O: malformed export trie: edge to node 0x0');
  });

  it('an export trie whose child offset never ends', () => {
    const endless = buildMachO({
      trie: Uint8Array.from([0x00, 0x01, 0x61, 0x00, 0x80, 0x80]),
      command: 'exports-trie',
    });
    expect(() => nativeExports(endless)).toThrowError(
      'Mach-O: malformed export trie: child offset runs past the end of the trie',
    );
  });

  it('a string that runs off the end of its table', () => {
    const bytes = buildElf([{ name: NAPI }]);
    // Overwrite the terminating NUL of the last (only) name in .dynstr.
    const nul = bytes.indexOf(0, 176 + 1);
    bytes[nul] = 0x41;
    expect(() => nativeExports(bytes)).toThrowError(
      'ELF: malformed name of symbol 1: string at 177 runs past the end of its table',
    );
  });

  it('a universal binary whose slice lies past the end of the file', () => {
    const fat = buildFat([
      { cpu: CPU_ARM64, bytes: buildMachO({ trie: buildTrie([`_${NAPI}`]), command: 'exports-trie' }) },
    ]);
    new DataView(fat.buffer).setUint32(8 + 8, 0x10000, false); // fat_arch[0].offset
    expect(() => nativeExports(fat)).toThrowError(
      /^Mach-O universal: truncated: Mach-O universal slice 0 \(cputype 0x100000c\) needs bytes/,
    );
  });
});
