export const esmValue = 'dep';
export default 'dep default';
