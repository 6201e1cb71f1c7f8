// "x is not a function" in TypeScript names the callee as the script wrote
// it (checked against the same program without its types).
interface Box { a: { b?: () => void }; f(): { g?: () => void } }
const box: Box = { a: {}, f: () => ({}) };
const count: number = 3;
const tries: Array<() => unknown> = [
  () => (box.a.b as () => void)(),
  () => box.f().g!(),
  () => (count as unknown as () => void)(),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log((e as Error).message); }
}
