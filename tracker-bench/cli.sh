#!/usr/bin/env bash
# The commands as a user runs them: each cold (a new JVM), on generated registers, median of 3, wall time and
# peak resident memory (GNU time), the new build beside a baseline build in the same run, each command's runs
# taking turns so that both meet the same state of a shared machine.
#
#   tracker-bench/run.sh --cli [--sizes 1000,10000[,100000]] [--runs 3] [--baseline-rev REV | --baseline-jar JAR]
#
# New: tracker-cli/target/tracker (the launcher: serial collector, C1, class-data-sharing archive) and the same
# jar run with plain `java -jar`. Baseline: the tracker.jar of the revision REV (default: the v0.1 round's last
# commit, 74bd10c), built here from `git archive`, run with `java -jar`. Heap limits as the targets give them:
# docx and xlsx import at 10,000 under -Xmx512m, every command at 100,000 under -Xmx1g. Each build reads the
# registers its own `generate -n N -s 1` wrote and the workbook its own `report` wrote (the generator of later
# builds adds fields older ones do not read: percent complete, stated status and the like).
# The table goes to tracker-bench/target/results/cli.md; each run's line to cli-runs.tsv.
set -euo pipefail

sizes=1000,10000
runs=3
baseline_rev=74bd10c
baseline_jar=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cli) ;;
    --sizes) sizes=$2; shift ;;
    --runs) runs=$2; shift ;;
    --baseline-rev) baseline_rev=$2; shift ;;
    --baseline-jar) baseline_jar=$2; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
command -v /usr/bin/time > /dev/null || { echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out=tracker-bench/target/results
work=tracker-bench/target/cli-work
mkdir -p "$out" "$work"

echo "Building the command line..."
mvn -B -q -pl tracker-cli -am package -DskipTests
launcher=tracker-cli/target/tracker
jar=tracker-cli/target/tracker.jar

if [[ -z "$baseline_jar" ]]; then
  baseline_jar="$work/baseline-$baseline_rev.jar"
  if [[ ! -f "$baseline_jar" ]]; then
    echo "Building the baseline $baseline_rev..."
    src="$work/baseline-src"
    rm -rf "$src" && mkdir -p "$src"
    git archive "$baseline_rev" | tar -x -C "$src"
    (cd "$src" && mvn -B -q -pl tracker-cli -am package -DskipTests)
    cp "$src/tracker-cli/target/tracker.jar" "$baseline_jar"
    rm -rf "$src"
  fi
fi

tsv="$out/cli-runs.tsv"
printf 'size\tcommand\tbuild\trun\tseconds\tpeak_kb\texit\n' > "$tsv"

measure() { # size, command name, heap option or '', then the tracker arguments; @REGISTER@ and @WORKBOOK@ stand for
             # the build's own register and workbook (the baseline reads the files it generated itself)
  local size=$1 name=$2 heap=$3; shift 3
  local run build
  for (( run = 1; run <= runs; run++ )); do
    for build in launcher jar baseline; do
      local -a cmd args
      local prefix=""
      case "$build" in
        launcher) cmd=(env "TRACKER_JAVA_OPTS=$heap" "$launcher") ;;
        jar) cmd=(java $heap -jar "$jar") ;;
        baseline) cmd=(java $heap -jar "$baseline_jar"); prefix=baseline- ;;
      esac
      args=()
      for a in "$@"; do
        a=${a//@REGISTER@/$work/${prefix}register-$size.json}
        args+=("${a//@WORKBOOK@/$work/${prefix}register-$size.xlsx}")
      done
      rm -f "$work"/out.*
      local status=0
      /usr/bin/time -f '%e\t%M' -o "$work/time" "${cmd[@]}" "${args[@]}" > /dev/null 2> "$work/err" || status=$?
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$build" "$run" "$(tail -1 "$work/time")" "$status" >> "$tsv"
    done
  done
}

measure 27 "summary --example" "" summary --example leicestershire-jarap-2020-10
measure 0 "--version" "" --version
IFS=, read -ra each <<< "$sizes"
for n in "${each[@]}"; do
  for prefix in "" baseline-; do
    use="$jar"; [[ -n "$prefix" ]] && use="$baseline_jar"
    register="$work/${prefix}register-$n.json"
    [[ -f "$register" ]] || java -Xmx4g -jar "$use" generate -n "$n" -s 1 -o "$register" 2> /dev/null
    workbook="$work/${prefix}register-$n.xlsx"
    [[ -f "$workbook" ]] || java -Xmx4g -jar "$use" report "$register" --as-of 2024-03-31 -o "$workbook" 2> /dev/null
  done
  big=""; small=""
  if (( n >= 100000 )); then big="-Xmx1g"; small="-Xmx1g"; elif (( n >= 10000 )); then small="-Xmx512m"; fi
  echo "$n recommendations..."
  measure "$n" summary "$big" summary @REGISTER@ --as-of 2024-03-31
  measure "$n" validate "$big" validate @REGISTER@
  measure "$n" "report csv" "$big" report @REGISTER@ --as-of 2024-03-31 -o "$work/out.csv"
  measure "$n" "report xlsx" "$big" report @REGISTER@ --as-of 2024-03-31 -o "$work/out.xlsx"
  if (( n <= 10000 )); then
    measure "$n" "report docx" "$small" report @REGISTER@ --as-of 2024-03-31 -o "$work/out.docx"
  fi
  measure "$n" "import xlsx" "$small" import @WORKBOOK@ -o "$work/out.json"
done

{
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(java -version 2>&1 | head -1);"
  echo "median of $runs cold runs each, taking turns; baseline: $(basename "$baseline_jar"); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  awk -F'\t' '
    NR > 1 { key = $1 "\t" $2; if (!(key in seen)) { seen[key] = 1; order[++n] = key }
             t[key, $3] = t[key, $3] " " $5; m[key, $3] = m[key, $3] " " $6; if ($7 != 0) bad[key, $3] = 1 }
    function median(list,   a, k, i, j, x) { k = split(substr(list, 2), a, " ")
      for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > x + 0; j--) a[j + 1] = a[j]; a[j + 1] = x }
      return a[int((k + 1) / 2)] }
    function cell(key, b) { if ((key, b) in bad) return "failed"; return sprintf("%.2f s, %d MB", median(t[key, b]), median(m[key, b]) / 1024) }
    END { print "| recommendations | command | tracker launcher | java -jar tracker.jar | java -jar baseline | launcher / baseline |"
          print "| ---: | --- | ---: | ---: | ---: | ---: |"
          for (i = 1; i <= n; i++) { key = order[i]; split(key, p, "\t")
            r = ((key, "launcher") in bad || (key, "baseline") in bad) ? "" : sprintf("%.2f", median(t[key, "launcher"]) / median(t[key, "baseline"]))
            printf "| %s | %s | %s | %s | %s | %s |\n", p[1], p[2], cell(key, "launcher"), cell(key, "jar"), cell(key, "baseline"), r } }' "$tsv"
} | tee "$out/cli.md"
