#!/usr/bin/env bash
# The flow of docs/DEPLOYMENT.md ("WildFly") against a running server, by curl, one line per step:
#   deploy/wildfly/flow.sh http://localhost:8080 admin@resell.local 'the admin password' [health-url]
# Health is on WildFly's management interface (http://localhost:9990/health/ready), not on the
# application's port; give its base as the fourth argument when it is not localhost:9990.
set -uo pipefail
base=${1:?base URL}
email=${2:?admin email}
password=${3:?admin password}
management=${4:-http://localhost:9990}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# step NAME EXPECTED-STATUS curl-arguments...: prints the outcome, keeps the body in $work/body.
step() {
  local name=$1 expected=$2
  shift 2
  local status
  status=$(curl -s -o "$work/body" -w '%{http_code}' "$@")
  if [[ $status == "$expected" ]]; then
    echo "PASS $name ($status)"
  else
    echo "FAIL $name ($status, expected $expected): $(head -c 600 "$work/body")"
    failures=$((failures + 1))
  fi
}
field() { python3 -c "import json,sys; d=json.load(open('$work/body')); print(eval('d' + sys.argv[1]))" "$1" 2>/dev/null; }

step "sign in" 200 -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/login"
token=$(field "['access_token']")
auth=(-H "Authorization: Bearer $token")

name="WildFly oak stool $RANDOM$RANDOM"
step "create an item" 201 "${auth[@]}" -H 'Content-Type: application/json' \
  -d "{\"item_name\":\"$name\",\"bid_amount\":10.00,\"quantity\":1,\"category\":\"furniture\",\"auto_categorize\":false}" \
  "$base/api/v1/inventory"
lot=$(field "['lot_id']")
echo "     lot $lot; item_name $(field "['item_name']"); keys $(field '.keys()' | head -c 200)"

step "search" 200 "${auth[@]}" -G --data-urlencode "search=$name" "$base/api/v1/inventory"
echo "     total $(field "['total']"), first $(field "['items'][0]['lot_id']")"

step "merge patch" 200 "${auth[@]}" -X PATCH -H 'Content-Type: application/merge-patch+json' \
  -d '{"estimated_value":65.50}' "$base/api/v1/inventory/$lot"

step "add a listing" 201 "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"platform":"ebay","status":"active","list_price":25.00}' "$base/api/v1/inventory/$lot/listings"
listing=$(field "['id']")

step "sell" 201 "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"sold_price":50.00}' "$base/api/v1/listings/$listing/sale"
echo "     platform $(field "['platform']"), cost_of_goods $(field "['cost_of_goods']")"

step "read the item back" 200 "${auth[@]}" "$base/api/v1/inventory/$lot"
echo "     estimated_value $(field "['inventory']['estimated_value']"), quantity_sold $(field "['inventory']['quantity_sold']")"

step "dashboard" 200 "${auth[@]}" "$base/api/v1/dashboard"

marker=$RANDOM$RANDOM
printf '%s\n' "Item,Qty,Paid,Date Bought,Where Listed,Sold For,eBay Fees" \
  "\"Roseville vase $marker\",1,\$45.00,3/14/2025,,," \
  ",1,\$5.00,3/15/2025,,," \
  "\"Hummel figurine $marker\",1,\$12.00,3/16/2025,eBay,\$89.00,\$12.10" >"$work/sheet.csv"
step "CSV import accepted" 202 "${auth[@]}" -F "file=@$work/sheet.csv;type=text/csv;filename=wildfly.csv" \
  "$base/api/v1/import/csv"
job=$(field "['job_id']")
status=
for _ in $(seq 1 120); do
  curl -s -o "$work/body" "${auth[@]}" "$base/api/v1/import/status/$job"
  status=$(field "['status']")
  [[ $status == completed || $status == failed || $status == stopped ]] && break
  sleep 1
done
if [[ $status == completed && $(field "['result']['imported']") == 2 && $(field "['result']['rejected']") == 1 ]]; then
  echo "PASS CSV import to completion (2 imported, 1 rejected)"
else
  echo "FAIL CSV import: status '$status': $(head -c 600 "$work/body")"
  failures=$((failures + 1))
fi

step "users (admin)" 200 "${auth[@]}" "$base/api/v1/users"
step "/health/ready" 200 "$management/health/ready"
echo "     $(head -c 400 "$work/body")"
step "/metrics" 200 "$management/metrics"
echo "     resell metrics: $(grep -c '^resell_' "$work/body") lines"

echo "$failures step(s) failed"
exit $((failures > 0))
