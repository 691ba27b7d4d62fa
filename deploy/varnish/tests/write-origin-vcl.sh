#!/bin/sh
# The site part (origin.vcl) of the Varnish test cases: one backend, app1, at the test server's
# address, in the `origin` director, and the `purgers` ACL with one address.
# Usage (in a .vtc file): shell {sh ${testdir}/write-origin-vcl.sh ${tmpdir}/vcl ${s1_addr} ${s1_port} 127.0.0.1}
set -eu
mkdir -p "$1"
cat > "$1/origin.vcl" <<ORIGIN
backend app1 {
    .host = "$2";
    .port = "$3";
}
sub vcl_init {
    new origin = directors.round_robin();
    origin.add_backend(app1);
}
acl purgers {
    "$4";
}
ORIGIN
