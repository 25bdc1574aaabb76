#!/bin/sh
# Runs data/get_mnist.sh as a reader would, on a copy of the script in a
# fresh folder (the project's data/ is never touched):
#   1. MNIST_DIR holding one damaged file: refused, exit 1, nothing left;
#   2. a good mirror on 127.0.0.1 (Python's http.server serving .gz files
#      made from the MNIST copy): the four files fetched and checked;
#   3. a mirror serving a damaged .gz: refused, exit 1, nothing left (also
#      as the second of two mirrors, the first having no files);
#   4. a mirror that is down: one line saying so, exit 1, nothing left;
#   5. MNIST_DIR holding the files as readers leave them: dotted names
#      (train-images.idx3-ubyte), some still gzipped: all four taken.
# Usage: sh tests/get_mnist_test.sh PROJECT_DIR MNIST_FILES_DIR
# Exits 77 (CTest's skip) with the reason when python3, gzip or curl/wget is
# missing, unless CI is set, where that is a failure.
set -u
project=$1
mnist=$2
# Hermetic: what the reader exported for the data step (MNIST_DIR pointing
# at their copy, their own mirrors) must not change what is tested here.
unset MNIST_DIR MNIST_MIRRORS

need() {  # need WHAT: skip (or fail under CI) without it
    if [ -n "${CI:-}" ]; then
        echo "FAILED: $1 is needed for the download test (CI is set)" >&2
        exit 1
    fi
    echo "SKIPPED: $1 is needed for the download test"
    exit 77
}
command -v python3 >/dev/null 2>&1 || need "python3 (its http.server module serves the files)"
command -v gzip >/dev/null 2>&1 || need "gzip"
command -v curl >/dev/null 2>&1 || command -v wget >/dev/null 2>&1 || need "curl or wget"
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
    [ -f "$mnist/$f" ] || need "MNIST in $mnist (sh data/get_mnist.sh)"
done

work=$(mktemp -d) || exit 1
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() {
    echo "FAILED: $*" >&2
    failures=$((failures + 1))
}

# A fresh copy of the script and its digests; prints the folder.
fresh_data() {
    d="$work/data.$1"
    mkdir -p "$d"
    cp "$project/data/get_mnist.sh" "$project/data/SHA256SUMS" "$d/"
    echo "$d"
}

# The folder must hold exactly the script and its digests: nothing left behind.
untouched() {
    left=$(ls -A "$1" | grep -v -x -e get_mnist.sh -e SHA256SUMS)
    [ -z "$left" ] || fail "$2: left behind in data/: $left"
}

# 1. A local copy with one damaged file.
mkdir -p "$work/damaged"
cp "$mnist"/*-ubyte "$work/damaged/"
printf '\377' | dd of="$work/damaged/t10k-labels-idx1-ubyte" bs=1 seek=100 conv=notrunc 2>/dev/null
d=$(fresh_data copy)
out=$(MNIST_DIR="$work/damaged" sh "$d/get_mnist.sh" 2>&1)
rc=$?
[ $rc -eq 1 ] || fail "damaged copy: exit $rc, expected 1"
echo "$out" | grep -q "t10k-labels-idx1-ubyte does not match its SHA-256 digest" ||
    fail "damaged copy: message was: $out"
untouched "$d" "damaged copy"

# 2. A good mirror.
mkdir -p "$work/good" "$work/bad"
for f in "$mnist"/*-ubyte; do
    name=$(basename "$f")
    gzip -c "$f" > "$work/good/$name.gz"
    cp "$work/good/$name.gz" "$work/bad/$name.gz"
done
# 3. ... and one whose labels file is damaged inside a valid gzip stream.
gzip -dc "$work/good/train-labels-idx1-ubyte.gz" > "$work/labels"
printf '\011' | dd of="$work/labels" bs=1 seek=5000 conv=notrunc 2>/dev/null
gzip -c "$work/labels" > "$work/bad/train-labels-idx1-ubyte.gz"

python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$work" > "$work/server.log" 2>&1 &
server=$!
port=""
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    port=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$work/server.log" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.25
done
[ -n "$port" ] || { echo "FAILED: the HTTP server did not start: $(cat "$work/server.log")" >&2; exit 1; }
base="http://127.0.0.1:$port"

d=$(fresh_data good)
out=$(MNIST_MIRRORS="$base/good" sh "$d/get_mnist.sh" 2>&1)
rc=$?
[ $rc -eq 0 ] || fail "good mirror: exit $rc: $out"
echo "$out" | grep -q "MNIST is ready in" || fail "good mirror: message was: $out"
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
    cmp -s "$d/$f" "$mnist/$f" || fail "good mirror: $f differs from the copy served"
done
[ -z "$(ls "$d" | grep '\.part$')" ] || fail "good mirror: .part files left"

d=$(fresh_data bad)
out=$(MNIST_MIRRORS="$base/bad" sh "$d/get_mnist.sh" 2>&1)
rc=$?
[ $rc -eq 1 ] || fail "damaged mirror: exit $rc, expected 1"
echo "$out" | grep -q "could not download a valid train-labels-idx1-ubyte.gz; $base/bad: wrong SHA-256 digest" ||
    fail "damaged mirror: message was: $out"
[ "$(echo "$out" | wc -l)" -eq 1 ] || fail "damaged mirror: more than one line: $out"
untouched "$d" "damaged mirror"

# 3b. Two mirrors, the first without the files: each file falls back to the
# second; the one it serves damaged is refused with exactly its own two
# reasons (not those of the files before it).
d=$(fresh_data fallback)
out=$(MNIST_MIRRORS="$base/nothing $base/bad" sh "$d/get_mnist.sh" 2>&1)
rc=$?
[ $rc -eq 1 ] || fail "fallback: exit $rc, expected 1"
expected="get_mnist.sh: could not download a valid train-labels-idx1-ubyte.gz; $base/nothing: no answer or no such file; $base/bad: wrong SHA-256 digest (damaged or different file); nothing was changed"
[ "$out" = "$expected" ] || fail "fallback: message was: $out"
untouched "$d" "fallback"

# 4. The mirror is down: nothing listens on the port any more.
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
server=""
d=$(fresh_data down)
out=$(MNIST_MIRRORS="$base/good" sh "$d/get_mnist.sh" 2>&1)
rc=$?
[ $rc -eq 1 ] || fail "mirror down: exit $rc, expected 1"
echo "$out" | grep -q "could not download a valid train-images-idx3-ubyte.gz; $base/good: no answer or no such file" ||
    fail "mirror down: message was: $out"
[ "$(echo "$out" | wc -l)" -eq 1 ] || fail "mirror down: more than one line: $out"
untouched "$d" "mirror down"

# 5. A local copy under dotted names, two of the four still gzipped.
mkdir -p "$work/dotted"
cp "$mnist/train-images-idx3-ubyte" "$work/dotted/train-images.idx3-ubyte"
gzip -c "$mnist/train-labels-idx1-ubyte" > "$work/dotted/train-labels.idx1-ubyte.gz"
gzip -c "$mnist/t10k-images-idx3-ubyte" > "$work/dotted/t10k-images-idx3-ubyte.gz"
cp "$mnist/t10k-labels-idx1-ubyte" "$work/dotted/t10k-labels-idx1-ubyte"
d=$(fresh_data dotted)
out=$(MNIST_DIR="$work/dotted" sh "$d/get_mnist.sh" 2>&1)
rc=$?
[ $rc -eq 0 ] || fail "dotted and gzipped copy: exit $rc: $out"
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
    cmp -s "$d/$f" "$mnist/$f" || fail "dotted and gzipped copy: $f differs from the copy"
done

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "get_mnist.sh: damaged copy refused, good mirror fetched, damaged mirror refused, mirror down reported, dotted and gzipped copy taken"
