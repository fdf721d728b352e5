#!/usr/bin/env bash
# Back-tests the built-in checks on every labelled corpus, rules alone and rules + scorer, and prints one line per
# corpus (macro-F1, decision accuracy, benign items blocked). Reports and predictions go to OUT (default out/eval).
#   bash tools/Platform.Eval/eval-corpora.sh [OUT]
# SKIP_BUILD=1 uses the plugins already in artifacts/plugins. The measure-only corpora (holdout3, blind9, blind11, blind13, blind16, blind19, blind20, blind25, blind26, blind36, blind37, blind43, blind44, blind45, blind52, blind53, blind61, blind62, blind64, blind65, blind66, blind70, blind72, blind75, blind109, blind110, blind111, blind112, blind121, blind122, blind123, blind124, blind133, blind134, blind135, blind136, blind143, blind144, blind151, blind152, blind157, blind158, blind163, blind164, blind169, blind170, blind177, blind178, blind185, blind186, blind191, blind192, blind205, blind206, blind213, blind214, blind215, blind216, blind217, blind218, blind226, blind227, blind232, blind233, blind234, blind235) are
# measured too, but their misses are never to be read for tuning: their figure is the one to trust for unseen text.
# Pooled over several corpora: python3 tools/Platform.Eval/pool.py OUT rules|all CORPUS… [--per-category].
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-out/eval}
if [ -z "${SKIP_BUILD:-}" ]; then
  dotnet build Platform.sln -c Release -v q -nologo >/dev/null
fi

RULES="$OUT/rules-plugins"
rm -rf "$RULES" && mkdir -p "$RULES"
cp -r artifacts/plugins/Platform.Checks.{Contact,Content,JobAdvice} "$RULES/"
EVAL="dotnet tools/Platform.Eval/bin/Release/net10.0/Platform.Eval.dll"

MEASURE_ONLY="holdout3 blind9 blind11 blind13 blind16 blind19 blind20 blind25 blind26 blind36 blind37 blind43 blind44 blind45 blind52 blind53 blind61 blind62 blind64 blind65 blind66 blind70 blind72 blind75 blind109 blind110 blind111 blind112 blind121 blind122 blind123 blind124 blind133 blind134 blind135 blind136 blind143 blind144 blind151 blind152 blind157 blind158 blind163 blind164 blind169 blind170 blind177 blind178 blind185 blind186 blind191 blind192 blind205 blind206 blind213 blind214 blind215 blind216 blind217 blind218 blind226 blind227 blind232 blind233 blind234 blind235"
TUNING="contact content training holdout holdout2 blind3 blind4 blind5 blind6 blind7 blind8 blind10 blind12 blind14 blind15 blind17 blind18 blind21 blind22 blind23 blind24 blind27 blind28 blind29 blind30 blind31 blind32 blind33 blind34 blind35 blind38 blind39 blind40 blind41 blind46 blind47 blind48 blind49 blind50 blind51 blind54 blind55 blind56 blind57 blind58 blind60 blind63 blind67 blind68 blind69 blind71 blind73 blind74 blind76 blind77 blind78 blind79 blind80 blind81 blind82 blind83 blind84 blind85 blind86 blind87 blind88 blind89 blind90 blind91 blind92 blind93 blind94 blind95 blind96 blind97 blind98 blind99 blind100 blind101 blind102 blind103 blind104 blind105 blind106 blind107 blind108 blind42 blind59 blind113 blind114 blind115 blind116 blind117 blind118 blind119 blind120 blind125 blind126 blind127 blind128 blind129 blind130 blind131 blind132 blind137 blind138 blind139 blind140 blind141 blind142 blind145 blind146 blind147 blind148 blind149 blind150 blind153 blind154 blind155 blind156 blind159 blind160 blind161 blind162 blind165 blind166 blind167 blind168 blind171 blind172 blind173 blind174 blind175 blind176 blind179 blind180 blind181 blind182 blind183 blind184 blind187 blind188 blind189 blind190 blind193 blind194 blind195 blind196 blind197 blind198 blind199 blind200 blind201 blind202 blind203 blind204 blind207 blind208 blind209 blind210 blind211 blind212 blind219 blind220 blind221 blind222 blind223 blind224 blind225 blind228 blind229 blind230 blind231 blind236 blind237 blind238 blind239 blind240 blind241 blind242 blind243 blind244 blind245 blind246 blind247 blind248 blind249 blind250 blind251 blind252 blind253 blind254 blind255 blind256 blind257 blind258 blind259"
corpus() { if [ "$1" = dev ]; then echo ../shared/corpus/dev.jsonl; else echo "tests/corpus/$1.jsonl"; fi; }

for c in dev $TUNING $MEASURE_ONLY; do
  for set in rules all; do
    plugins=$([ $set = rules ] && echo "$RULES" || echo artifacts/plugins)
    $EVAL --corpus "$(corpus $c)" --plugins "$plugins" --predictions "$OUT/$c.$set.jsonl" > "$OUT/$c.$set.txt" &
  done
  wait
done

line() { echo "$(grep '^macro-F1:' "$1" | cut -d' ' -f2) ($(grep '^decision accuracy:' "$1" | awk '{print $NF}')) / $(grep '^benign items blocked:' "$1" | awk '{print $NF}')"; }
printf '%-10s %-26s %-26s\n' corpus "rules" "rules + scorer"
for c in dev $TUNING $MEASURE_ONLY; do
  tag=$([[ " $MEASURE_ONLY " == *" $c "* ]] && echo "  (measure only)" || echo "")
  printf '%-10s %-26s %-26s%s\n' "$c" "$(line "$OUT/$c.rules.txt")" "$(line "$OUT/$c.all.txt")" "$tag"
done
