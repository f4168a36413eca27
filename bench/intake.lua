-- wrk script for bench/intake.sh: each request files a complaint about its own seeded order (B-<n>) with a
-- fresh Idempotency-Key, as buyer1 or buyer2 (whoever owns the order), with one of ten realistic texts.
local texts = {
  "The parcel shows as delivered to a locker but I never received it, please refund.",
  "快递显示已签收，但是我根本没有收到包裹，快递柜里也没有。",
  "The vase arrived with a crack along the whole side, the box was crushed.",
  "收到的衣服颜色和尺码都和商品详情页不一样，要求退货退款。",
  "I was charged twice for the same order and the second payment was not refunded.",
  "卖家承诺的退款到现在还没有到账，已经过去十天了。",
  "Someone logged into my account from another city and changed my password.",
  "物流信息已经五天没有更新了，一直显示运输中。",
  "The shoes are clearly fake, the logo is printed wrong and the stitching is poor.",
  "客服态度非常恶劣，问了三次都不回复还挂电话。",
}
local auth = { [0] = "Basic YnV5ZXIxOmRlbW8=", [1] = "Basic YnV5ZXIyOmRlbW8=" } -- buyer1:demo, buyer2:demo
local threads = {}
local first = tonumber(os.getenv("FIRST_ORDER") or "0")
local stride = tonumber(os.getenv("ORDERS_PER_THREAD") or "100000")

function setup(thread)
  thread:set("base", first + #threads * stride)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  math.randomseed(base + os.time())
end

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0x8000, 0xbfff), math.random(0, 0xffffffffffff))
end

function request()
  local order = base + n
  n = n + 1
  local body = '{"orderId":"B-' .. order .. '","description":"' .. texts[(order % #texts) + 1] .. ' #' .. order ..
    '","claimedAmount":"99.00","currency":"CNY","desiredRemedy":"REFUND_ONLY"}'
  return wrk.format("POST", "/api/v1/complaints", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = auth[order % 2],
    ["Idempotency-Key"] = uuid(),
  }, body)
end

local created = 0
local others = 0
function response(status, headers, body)
  if status == 201 then created = created + 1 else others = others + 1 end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("intake requests=%d errors_http=%d throughput_per_s=%.1f\n", summary.requests,
    summary.errors.status, (summary.requests - summary.errors.status) / seconds))
  io.write(string.format("intake latency_ms p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
