#!/bin/sh
# Builds the engine for Node into bench/node/pkg: the library as a cdylib (Cargo.toml keeps the
# default rlib, which the CLI and the page link), the JS glue from wasm-bindgen, then wasm-opt when
# the pinned tools are installed (scripts/setup installs them).
#
#   bench/node/build.sh            # the module as run.mjs and same.mjs measure it
#   bench/node/build.sh --names    # the same code with its function names kept, for profile.mjs
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

# wasm-opt drops the name section unless asked (-g); V8's profiler then shows numbers for names.
names=
case "${1:-}" in
    --names) names=-g ;;
    '') ;;
    *) echo "usage: bench/node/build.sh [--names]" >&2; exit 64 ;;
esac

# With 128-bit SIMD: every Node since 16.4 has it, and LLVM then folds and compares short runs of
# bytes several at a time where it sees them (5 to 14 % faster on the corpus, same output).
# Passed after `--`, so it applies to this crate only: the dependencies stay as they are built for
# the page and the tests, and are not rebuilt. The page's module is built without it.
cargo rustc --release --target wasm32-unknown-unknown --lib --crate-type cdylib --features bench-hooks \
    -- -C target-feature=+simd128
# The CLI must be the exact version of the crate pinned in Cargo.toml.
wasm-bindgen --target nodejs --out-dir bench/node/pkg target/wasm32-unknown-unknown/release/claimlens.wasm
# The text is copied in with one encodeInto rather than a loop over its characters (glue.mjs says why).
node bench/node/glue.mjs bench/node/pkg/claimlens.js

# -O3 alone inlines every function that has one caller, whatever its size: the stages, each called
# once from analyze, became one function of some 78,000 lines of wasm text, which V8 compiles into
# slower code (12 % slower in Node on the corpus than no wasm-opt at all, and slower still in the
# first seconds after loading). Capping that inlining keeps the stages apart and the rest of -O3;
# caps of 50, 200 and 1000 measured alike.
if [ -x tools/node_modules/.bin/wasm-opt ]; then
    tools/node_modules/.bin/wasm-opt -O3 --one-caller-inline-max-function-size 200 $names --enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int \
        --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
        bench/node/pkg/claimlens_bg.wasm -o bench/node/pkg/claimlens_bg.wasm
else
    echo "wasm-opt not installed (scripts/setup): the module is left as rustc wrote it" >&2
fi
ls -l bench/node/pkg/claimlens_bg.wasm
