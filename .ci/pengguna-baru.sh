#!/usr/bin/env bash
# A new user's first hour, outside this repository: install the command as the README says,
# set up an office's repository with `standar init` (no `schema/` from the project), write a
# standard with `standar new`, check it, build the site, and open the new files in
# yaml-language-server with nothing configured: each `$schema` line must lead to its schema.
#   bash .ci/pengguna-baru.sh
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "-- install: cargo install --locked --path . (as the README says)"
start=$(date +%s)
cargo install --locked --quiet --path "$project" --root "$work/pasang"
echo "installed in $(($(date +%s) - start)) s"
export PATH="$work/pasang/bin:$PATH"
command -v standar
standar --version

echo "-- an office's repository, set up by standar init"
mkdir "$work/kantor"
cd "$work/kantor"
git init -q
standar init --unit dinas-contoh --ci github
for file in schema/standar.schema.json schema/unit.schema.json schema/situs.schema.json \
  standards/_situs.yaml standards/dinas-contoh/_unit.yaml .vscode/settings.json \
  .github/workflows/standar.yml .gitignore; do
  [ -f "$file" ] || { echo "standar init did not write $file" >&2; exit 1; }
done

echo "-- standar new, then standar check on the empty scaffold: refused, with the place"
standar new dinas-contoh/layanan-contoh
set +e
standar check --format short >"$work/check.txt"
status=$?
set -e
if [ "$status" != 1 ] || ! grep -q '^standards/dinas-contoh/layanan-contoh.yaml:[0-9]*:[0-9]*: error\[nama-kosong\]' "$work/check.txt"; then
  cat "$work/check.txt" >&2
  echo "standar check on the empty scaffold: exit $status, without the empty name's place" >&2
  exit 1
fi

echo "-- yaml-language-server on the new files, nothing configured: their \$schema lines work"
sed 's/^versi_format: 1$/versi_format: 1\nkunci_salah_eja: ya/' standards/dinas-contoh/layanan-contoh.yaml >"$work/rusak.yaml"
cp "$work/rusak.yaml" standards/dinas-contoh/rusak.yaml
node "$project/.ci/yaml-ls-modeline.mjs" standards/dinas-contoh/layanan-contoh.yaml \
  standards/dinas-contoh/_unit.yaml standards/_situs.yaml -- standards/dinas-contoh/rusak.yaml
rm standards/dinas-contoh/rusak.yaml

echo "-- the officer fills the standard in (a complete one), then check and build"
cp "$project/standards/gianyar-setda/konsultasi-pelayanan-publik.yaml" standards/dinas-contoh/layanan-contoh.yaml
cp "$project/standards/gianyar-setda/_unit.yaml" standards/dinas-contoh/_unit.yaml
standar check
standar build --out site --base-url https://standar.contoh.go.id/ --quiet
for file in index.html dinas-contoh/layanan-contoh/index.html schema/standar.schema.json; do
  [ -f "site/$file" ] || { echo "standar build did not write site/$file" >&2; exit 1; }
done
cmp site/schema/standar.schema.json schema/standar.schema.json
git status --porcelain --ignored | grep -q '^!! site/' || { echo ".gitignore does not keep site/ out" >&2; exit 1; }
if command -v pre-commit >/dev/null; then
  echo "-- the pre-commit hook, with the installed standar"
  git add -A
  pre-commit try-repo "$project" standar-check --all-files
  printf 'versi_format: 1\nnama: [\n' >standards/dinas-contoh/rusak.yaml
  git add standards/dinas-contoh/rusak.yaml
  if pre-commit try-repo "$project" standar-check --files standards/dinas-contoh/rusak.yaml >"$work/hook.txt" 2>&1; then
    cat "$work/hook.txt" >&2
    echo "the pre-commit hook let a broken standard through" >&2
    exit 1
  fi
  git rm -q --cached standards/dinas-contoh/rusak.yaml
  rm standards/dinas-contoh/rusak.yaml
fi
echo "a new user's first hour: install, init, new, check, build and the editor's schema all work"
