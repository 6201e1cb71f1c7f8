package goja

// gojanet: a stash and its values in one allocation, sized to the Go size
// class they fill (README.gojanet.md "Stashes sized to their class"). The
// stash is 80 bytes and a value 16, so each count up to 11 has a class of
// its own and past it every second one does: a router's `next` with 5
// captured variables took an 8-value stash (208 bytes) where 160 hold it,
// router.handle's 17 a 24-value one (480 bytes) where 352 do.

type stash1 struct {
	s stash
	v [1]Value
}

type stash2 struct {
	s stash
	v [2]Value
}

type stash3 struct {
	s stash
	v [3]Value
}

type stash4 struct {
	s stash
	v [4]Value
}

type stash5 struct {
	s stash
	v [5]Value
}

type stash6 struct {
	s stash
	v [6]Value
}

type stash7 struct {
	s stash
	v [7]Value
}

type stash8 struct {
	s stash
	v [8]Value
}

type stash9 struct {
	s stash
	v [9]Value
}

type stash10 struct {
	s stash
	v [10]Value
}

type stash11 struct {
	s stash
	v [11]Value
}

type stash13 struct {
	s stash
	v [13]Value
}

type stash15 struct {
	s stash
	v [15]Value
}

type stash17 struct {
	s stash
	v [17]Value
}

type stash19 struct {
	s stash
	v [19]Value
}

type stash21 struct {
	s stash
	v [21]Value
}

type stash23 struct {
	s stash
	v [23]Value
}

type stash24 struct {
	s stash
	v [24]Value
}

// newStashValues is a stash with n values (values' capacity is n, as
// make([]Value, n) gives).
func newStashValues(n int) *stash {
	var s *stash
	switch {
	case n == 1:
		m := &stash1{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 2:
		m := &stash2{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 3:
		m := &stash3{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 4:
		m := &stash4{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 5:
		m := &stash5{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 6:
		m := &stash6{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 7:
		m := &stash7{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 8:
		m := &stash8{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 9:
		m := &stash9{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 10:
		m := &stash10{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 11:
		m := &stash11{}
		s = &m.s
		s.values = m.v[:n:n]
	case n > 11 && n <= 13:
		m := &stash13{}
		s = &m.s
		s.values = m.v[:n:n]
	case n > 13 && n <= 15:
		m := &stash15{}
		s = &m.s
		s.values = m.v[:n:n]
	case n > 15 && n <= 17:
		m := &stash17{}
		s = &m.s
		s.values = m.v[:n:n]
	case n > 17 && n <= 19:
		m := &stash19{}
		s = &m.s
		s.values = m.v[:n:n]
	case n > 19 && n <= 21:
		m := &stash21{}
		s = &m.s
		s.values = m.v[:n:n]
	case n > 21 && n <= 23:
		m := &stash23{}
		s = &m.s
		s.values = m.v[:n:n]
	case n == 24:
		m := &stash24{}
		s = &m.s
		s.values = m.v[:n:n]
	default:
		s = &stash{values: make([]Value, n)}
	}
	return s
}

// newStashExtra is newStashN with room for extra arguments (a function
// whose arguments are in its stash, called with more than it declares) in
// the same allocation: extraArgs is the block's last extra values.
func (vm *vm) newStashExtra(n, extra int) {
	if extra <= 0 {
		vm.newStashN(n)
		return
	}
	s := newStashValues(n + extra)
	v := s.values
	s.values, s.extraArgs = v[:n:n], v[n:]
	vm.pushStash(s)
}
