#!/bin/sh
# Leaves data/ holding the four raw MNIST IDX files, checked against SHA256SUMS.
#
#   sh data/get_mnist.sh                      # download (needs curl or wget, and gunzip)
#   MNIST_DIR=/path/to/mnist sh data/get_mnist.sh   # copy from a folder that has them
#                    (named as published or with a dot, train-images.idx3-ubyte;
#                     unpacked, or still gzipped as NAME.gz)
#   MNIST_MIRRORS="https://host/mnist" sh data/get_mnist.sh   # download from other mirrors
#
# MNIST_MIRRORS, if set, replaces the built-in list of mirrors: base URLs,
# separated by spaces, each serving the four files as NAME.gz.
#
# If the files are already here and their digests match, it says so and stops.
# On any failure it prints one line saying why, exits non-zero, and leaves
# nothing new behind: every missing file is fetched under a .part name and
# checked first, and only when all of them are good are they put in place.
set -u

FILES="train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte"
MIRRORS="${MNIST_MIRRORS:-https://ossci-datasets.s3.amazonaws.com/mnist https://storage.googleapis.com/cvdf-datasets/mnist}"

# A relative MNIST_DIR is relative to where the script was started from.
if [ -n "${MNIST_DIR:-}" ] && [ -d "$MNIST_DIR" ]; then
    MNIST_DIR=$(cd "$MNIST_DIR" && pwd)
fi

here=$(cd "$(dirname "$0")" && pwd) || { echo "get_mnist.sh: cannot find the data folder" >&2; exit 1; }
cd "$here" || exit 1

die() {
    rm -f ./*.part
    echo "get_mnist.sh: $*" >&2
    exit 1
}

if command -v sha256sum >/dev/null 2>&1; then
    digest() { sha256sum "$1" | cut -d' ' -f1; }
elif command -v shasum >/dev/null 2>&1; then
    digest() { shasum -a 256 "$1" | cut -d' ' -f1; }
else
    die "need sha256sum or shasum to verify the files"
fi

expected() { grep " $1\$" SHA256SUMS | cut -d' ' -f1; }

# True when file $1 (stored as $2) has the digest SHA256SUMS gives for $2.
verified() { [ -f "$1" ] && [ "$(digest "$1")" = "$(expected "$2")" ]; }

all_present=yes
for f in $FILES; do verified "$f" "$f" || all_present=no; done
if [ "$all_present" = yes ]; then
    echo "MNIST is already in $here (all four SHA-256 digests match)."
    exit 0
fi

download() {  # download URL to FILE
    if command -v curl >/dev/null 2>&1; then
        curl -fsL --retry 1 -o "$2" "$1"
    elif command -v wget >/dev/null 2>&1; then
        wget -q -O "$2" "$1"
    else
        die "need curl or wget to download MNIST (or set MNIST_DIR to a folder holding the files)"
    fi
}

fetched=""
for f in $FILES; do
    if verified "$f" "$f"; then continue; fi
    if [ -n "${MNIST_DIR:-}" ]; then
        # The name as published (train-images-idx3-ubyte), or as some
        # unpackers leave it (train-images.idx3-ubyte); either may still be
        # gzipped (.gz), as downloaded.
        dotted=$(echo "$f" | sed 's/-\([a-z0-9]*-ubyte\)$/.\1/')
        src=""
        for name in "$f" "$dotted" "$f.gz" "$dotted.gz"; do
            if [ -f "$MNIST_DIR/$name" ]; then src="$MNIST_DIR/$name"; break; fi
        done
        [ -n "$src" ] || die "MNIST_DIR=$MNIST_DIR has no file $f (nor $dotted, nor either with .gz)"
        case "$src" in
            *.gz)
                command -v gunzip >/dev/null 2>&1 || die "$src is gzipped: need gunzip to unpack it"
                gunzip -c "$src" > "$f.part" 2>/dev/null || die "$src: not a valid gzip file; nothing was changed" ;;
            *)
                cp "$src" "$f.part" || die "cannot copy $src into $here" ;;
        esac
        verified "$f.part" "$f" || die "$src does not match its SHA-256 digest in data/SHA256SUMS (a damaged or different file); nothing was changed"
    else
        command -v gunzip >/dev/null 2>&1 || die "need gunzip to unpack the downloaded files"
        got=no
        why=""
        for mirror in $MIRRORS; do
            if ! download "$mirror/$f.gz" "$f.gz.part"; then
                why="$why; $mirror: no answer or no such file"
            elif ! gunzip -c "$f.gz.part" > "$f.part" 2>/dev/null; then
                why="$why; $mirror: not a valid gzip file"
            elif ! verified "$f.part" "$f"; then
                why="$why; $mirror: wrong SHA-256 digest (damaged or different file)"
            else
                got=yes
                break
            fi
            rm -f "$f.gz.part" "$f.part"
        done
        rm -f "$f.gz.part"
        [ "$got" = yes ] || die "could not download a valid $f.gz${why}; nothing was changed"
    fi
    fetched="$fetched $f"
done
# Every file is good: put them in place.
for f in $fetched; do
    mv "$f.part" "$f" || die "cannot write $here/$f"
    echo "$f: ok"
done
echo "MNIST is ready in $here."
