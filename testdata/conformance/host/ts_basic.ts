// TypeScript: types, interfaces, enums, generics, classes; type-only imports are erased.
import describe, { Circle, Color, Direction } from './fixtures/ts/shapes';
import type { Shape, Point } from './fixtures/ts/shapes';

abstract class Animal {
  constructor(protected readonly sound: string) {}
  abstract kind(): string;
  speak(): string { return `${this.kind()} says ${this.sound}`; }
}
class Dog extends Animal {
  constructor() { super('woof'); }
  kind(): string { return 'dog'; }
}
function first<T>(items: T[]): T | undefined { return items[0]; }
function pair<A, B extends string>(a: A, b: B): [A, B] { return [a, b]; }
namespace Util {
  export const twice = (n: number): number => n * 2;
}
interface Options { verbose?: boolean; level: number }
const opts = { level: 3 } satisfies Options;
const maybe: string | null = Math.random() > 2 ? null : 'present';

const c = new Circle(2);
const s: Shape = c;
const p: Point = c.center;
console.log(describe(s));
console.log(p.x, p.y);
console.log(Color.Red, Color.Green, Color.Blue, Color[5], Color[6]);
console.log(Direction.Up, Direction.Down);
console.log(new Dog().speak());
console.log(first([10, 20]), first<string>([]));
console.log(pair(1, 'b').join(','));
console.log(Util.twice(21));
console.log(opts.level, (opts as Options).verbose);
console.log(maybe!.length);
let n = 0 as number;
n += 1;
console.log(n, typeof (null as unknown as object));
