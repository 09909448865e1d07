// What a Ruby doc fragment leaves out, given to the harness (ruby-harness.ts): the web framework a webhook fragment
// is written for. Sinatra is STUBBED here, only what the fragments use (`post`, and in the route `request`, `halt`,
// `status`), while the gem is the real SDK: the route runs at once with a webhook request (a JSON event body and the
// signature headers), so the SDK calls inside the handler (`client.webhooks.unwrap(...)`) are what is proven. The
// request is signed for real (Ed25519 over "timestamp|body", the key a fragment reads from an environment variable
// named *PUBLIC_KEY): a handler that checks the signature itself must accept it, or the example fails.

/** Ruby code: the stub, and FRAGMENT_CONTEXT, the class whose instance an example is evaluated in. */
export const RUBY_FRAMEWORK_STUBS = String.raw`
# Sinatra, STUBBED for sdkgen verify: only what the doc fragments use. The Telnyx SDK they call is the real one.
require "base64"
require "openssl"

module SdkgenSinatra
  SIGNING_KEY = OpenSSL::PKey.generate_key("ED25519")
  # The raw 32-byte public key, base64: what an API's dashboard hands out and a fragment reads from ENV.
  PUBLIC_KEY = Base64.strict_encode64(SIGNING_KEY.public_to_der[-32..])
  WEBHOOK_BODY = JSON.generate({data: {event_type: "fax.delivered", id: "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0", occurred_at: "2026-01-01T00:00:00Z", record_type: "event", payload: {fax_id: "b1c2d3e4-0000-4000-8000-000000000001", status: "delivered"}}, meta: {attempt: 1, delivered_to: "https://example.com/webhooks"}})

  class Request
    attr_reader :env
    def initialize(body, env) = (@body = body; @env = env)
    def body = StringIO.new(@body)
  end

  # A route's block runs with self = a Route: Sinatra's request, halt and status.
  class Route
    attr_reader :request
    def initialize(request) = (@request = request; @status = 200)
    def halt(*response) = throw(:halt, response)
    def status(code = nil) = (code ? @status = code : @status)
  end

  module DSL
    def post(path, &handler) = sdkgen_route(path, handler)
    def get(path, &handler) = sdkgen_route(path, handler)

    # The route runs once, as for one signed webhook request. Every request header is there (Rack names them
    # HTTP_*): the timestamp headers' a current time, the signature headers' the signature of "timestamp|body", any
    # other a made-up value. A route that halts with a 4xx/5xx refused a right request: the example fails.
    private def sdkgen_route(path, handler)
      timestamp = Time.now.to_i.to_s
      signature = Base64.strict_encode64(SIGNING_KEY.sign(nil, "#{timestamp}|#{WEBHOOK_BODY}"))
      env = Hash.new { |_, key| key.start_with?("HTTP_") ? (key.include?("TIMESTAMP") ? timestamp : key.include?("SIGNATURE") ? signature : "c2lnbmF0dXJl") : nil }
      env["PATH_INFO"] = path
      halted = catch(:halt) { Route.new(Request.new(WEBHOOK_BODY, env)).instance_exec(&handler); nil }
      status, body = halted
      raise WebhookRefused, "the handler refused a correctly signed webhook: #{status} #{body}" if status.is_a?(Integer) && status >= 400
      path
    end
  end
end

class WebhookRefused < StandardError; end
# The public key a fragment reads from the environment (ENV["…PUBLIC_KEY"], ENV.fetch("…PUBLIC_KEY")) is the stub's.
def sdkgen_fragment_env(code) = code.scan(/ENV(?:\.fetch\(|\[)"([A-Z0-9_]*PUBLIC_KEY)"/).flatten.each { ENV[_1] = SdkgenSinatra::PUBLIC_KEY }

FRAGMENT_CONTEXT = Class.new { include SdkgenSinatra::DSL }
`;
