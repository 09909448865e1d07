// What a Ruby doc fragment leaves out, given to the harness (ruby-harness.ts): the web framework a webhook fragment
// is written for. Sinatra is STUBBED here, only what the fragments use (`post`, and in the route `request`, `halt`,
// `status`), while the gem is the real SDK: the route runs at once with a webhook request (a JSON event body and the
// signature headers), so the SDK calls inside the handler (`client.webhooks.unwrap(...)`) are what is proven.

/** Ruby code: the stub, and FRAGMENT_CONTEXT, the class whose instance an example is evaluated in. */
export const RUBY_FRAMEWORK_STUBS = String.raw`
# Sinatra, STUBBED for sdkgen verify: only what the doc fragments use. The Telnyx SDK they call is the real one.
module SdkgenSinatra
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

    # The route runs once, as for one webhook request; whether it accepts it (a real signature check may refuse the
    # made-up signature) is not the question: what it calls on the SDK is.
    private def sdkgen_route(path, handler)
      # Every request header is there (Rack names them HTTP_*): a made-up value, the timestamp headers' a current one.
      env = Hash.new { |_, key| key.start_with?("HTTP_") ? (key.include?("TIMESTAMP") ? Time.now.to_i.to_s : "c2lnbmF0dXJl") : nil }
      env["PATH_INFO"] = path
      catch(:halt) { Route.new(Request.new(WEBHOOK_BODY, env)).instance_exec(&handler) }
      path
    end
  end
end

FRAGMENT_CONTEXT = Class.new { include SdkgenSinatra::DSL }
`;
