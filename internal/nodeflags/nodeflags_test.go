package nodeflags

import (
	"reflect"
	"testing"
)

func TestValues(t *testing.T) {
	args := []string{"--env-file=a.env", "-C", "dev", "--conditions=x=y", "--env-file", "b.env", "--other", "-C"}
	if got := Values(args, "--env-file"); !reflect.DeepEqual(got, []string{"a.env", "b.env"}) {
		t.Errorf("--env-file: %q", got)
	}
	if got := Values(args, "--conditions", "-C"); !reflect.DeepEqual(got, []string{"dev", "x=y"}) {
		t.Errorf("conditions: %q", got)
	}
	if got := Values(nil, "--x"); got != nil {
		t.Errorf("none: %q", got)
	}
}
