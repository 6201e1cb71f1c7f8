// A static field holding an arrow that uses `this`, then another class with
// static elements, at a module's top level (bson's ObjectId does this):
// goja miscompiles it, so gojanet has esbuild lower such classes.
class ObjectIdLike {
  static index = 0;
  static resetState = () => {
    this.index = 7;
  };
  static {
    this.resetState();
    console.log('static block', this.index, this === ObjectIdLike);
  }
}
class Other {
  static y = 1;
  static { console.log('other', this.y); }
}
const f = (a, b) => {
  class Inner { static get = () => this; }
  class Next { static z = 2; }
  return [Inner.get() === Inner, Next.z, a + b];
};
console.log(ObjectIdLike.index, Other.y, f(1, 2));
console.log(Object.getOwnPropertyNames(ObjectIdLike).sort(), Object.getOwnPropertyDescriptor(ObjectIdLike, 'index'));
