-- wrk script: every request carries 10 alerts never sent before.
-- wrk -s alerts.lua URL -- console       Alertmanager webhook (payload version 4)
-- wrk -s alerts.lua URL -- alertmanager  Alertmanager's own POST /api/v2/alerts
-- A second argument N stops sending once N alerts were answered (run it with
-- -t1) and prints STOPPED; send wrk SIGINT then to end the run. A third, T,
-- starts the alerts' instances with T instead of "t": runs with different
-- tags send different alerts.
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  format = args[1] or "console"
  limit = tonumber(args[2])
  if limit == 0 then
    limit = nil -- no limit: run for wrk's duration
  end
  tag = args[3] or "t"
  sequence = 0
  answered = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

local function alert(n)
  local names = { "HighErrorRate", "HighLatency", "DiskFilling", "PodCrashLooping" }
  local name = names[n % 4 + 1]
  local id = string.format("%s%d-%d", tag, thread_id, n)
  local labels = string.format(
    '{"alertname":"%s","service":"svc-%d","severity":"warning","instance":"host-%s:9100"}',
    name, n % 50, id)
  local annotations = string.format('{"summary":"%s on host-%s"}', name, id)
  if format == "alertmanager" then
    return string.format('{"labels":%s,"annotations":%s,"generatorURL":"http://prometheus.example/graph"}',
      labels, annotations)
  end
  return string.format(
    '{"status":"firing","labels":%s,"annotations":%s,"startsAt":"2026-11-23T10:00:00.000Z",' ..
    '"endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus.example/graph","fingerprint":"%s"}',
    labels, annotations, id)
end

function request()
  local alerts = {}
  for i = 1, 10 do
    sequence = sequence + 1
    alerts[i] = alert(sequence)
  end
  local list = "[" .. table.concat(alerts, ",") .. "]"
  if format == "alertmanager" then
    return wrk.format(nil, nil, nil, list)
  end
  return wrk.format(nil, nil, nil,
    '{"version":"4","groupKey":"{}:{alertname=\\"bench\\"}","truncatedAlerts":0,"status":"firing",' ..
    '"receiver":"console","groupLabels":{},"commonLabels":{},"commonAnnotations":{},' ..
    '"externalURL":"http://alertmanager.example","alerts":' .. list .. '}')
end

function response(status, headers, body)
  answered = answered + 10
  if limit and answered >= limit and not stopping then
    -- wrk sleeps out its duration even when every thread has stopped: whoever
    -- runs it interrupts it on this line, and its summary counts the time taken.
    stopping = true
    wrk.thread:stop()
    io.write("STOPPED\n")
    io.flush()
  end
end

function done(summary, latency, requests)
  io.write(string.format("REQUESTS %d\nSECONDS %.3f\nERRORS %d\nNON2XX %d\nP50_MS %.3f\nP99_MS %.3f\n",
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
