// The Ruby program that runs every example against the gem in one process: requests are recorded, never sent,
// and each call's keyword arguments are checked against the SDK's own params models (fields, required, enums, types).
import { RUBY_FRAMEWORK_STUBS } from './fragments/ruby.js';

export const RUBY_HARNESS = String.raw`
require "json"
require "stringio"
input = JSON.parse($stdin.read)
$LOAD_PATH.unshift(input.fetch("lib"))
require input.fetch("require")
SDK = Object.const_get(input.fetch("module"))
T = SDK::Internal::Type

class RecordedResponse < BasicObject
  def method_missing(name, *args, &block) = (name.to_s.start_with?("to_") && name != :to_s ? ::Kernel.raise(::NoMethodError, "no #{name}") : self)
  def respond_to_missing?(name, include_private = false) = !name.to_s.start_with?("to_")
  def respond_to?(name, include_private = false) = !name.to_s.start_with?("to_") || name == :to_s
  def to_s = "(recorded response)"
  def inspect = to_s
  def each(*) = self
  def auto_paging_each(*) = self
  def is_a?(*) = false
  def nil? = false
  def ! = false
  def ==(other) = equal?(other)
end

class ParamsError < StandardError; end

# Building a client builds its whole resource tree: examples with the same arguments share one.
SDK::Client.singleton_class.prepend(Module.new do
  def new(*args, **kw) = ((@verify_clients ||= {})[[args, kw]] ||= super)
end)

# Nothing leaves the machine: an example that opens a connection of its own fails instead.
require "net/http"
Net::HTTP.prepend(Module.new do
  def connect = raise(IOError, "verify runs offline: the example opened a connection to #{address}")
end)

RECORDED = []
SDK::Internal::Transport::BaseClient.prepend(Module.new do
  define_method(:request) do |req = nil, **kw|
    RECORDED << (req || kw)
    RecordedResponse.new
  end
end)

# Params model of each resource method, from the "@see <Resources>::X#method" comment of the model's file.
PARAMS = {}
ObjectSpace.each_object(Class) do |klass|
  next unless klass.name && klass.include?(T::RequestParameters)
  file, line = Object.const_source_location(klass.name)
  next unless file
  see = File.readlines(file).first(line).reverse.lazy.map { _1[/@see (\S+#\w+)/, 1] }.find(&:itself)
  PARAMS[see] = klass if see
end

def describe_value(value) = value.inspect.then { _1.length > 60 ? "#{_1[0, 57]}..." : _1 }

# Problems of value against type: [] when the SDK's models accept it.
def problems(type, value, where)
  return [] if value.nil?
  case type
  when Class
    if type <= T::BaseModel
      return ["#{where}: expected an object, got #{describe_value(value)}"] unless value.is_a?(Hash) || value.is_a?(type)
      return [] unless value.is_a?(Hash)
      return model_problems(type, value, where, [])
    end
    if type <= T::Unknown then return [] end
    if type == T::Boolean || type <= T::Boolean then return [true, false].include?(value) ? [] : ["#{where}: expected true or false, got #{describe_value(value)}"] end
    if type <= T::FileInput || type == T::FileInput then return [] end
    state = T::Converter.new_coerce_state
    T::Converter.coerce(type, value, state: state)
    state[:exactness][:no].zero? && state[:error].nil? ? [] : ["#{where}: expected #{type}, got #{describe_value(value)}"]
  when T::ArrayOf
    return ["#{where}: expected a list, got #{describe_value(value)}"] unless value.is_a?(Array)
    item = type.send(:item_type)
    value.each_with_index.flat_map { |v, i| problems(item, v, "#{where}[#{i}]") }
  when T::HashOf
    return ["#{where}: expected a hash, got #{describe_value(value)}"] unless value.is_a?(Hash)
    item = type.send(:item_type)
    value.flat_map { |k, v| problems(item, v, "#{where}[#{k.inspect}]") }
  when T::Enum
    values = type.values
    return [] if values.empty?
    ok = values.include?(value) || values.include?(value.to_s) || (value.respond_to?(:to_sym) && values.include?(value.to_sym))
    ok ? [] : ["#{where}: #{describe_value(value)} is not one of #{values.map(&:inspect).join(', ')} (#{type.name})"]
  when T::Union
    variants = type.variants
    return [] if variants.empty?
    found = variants.map { problems(_1, value, where) }
    found.any?(&:empty?) ? [] : found.min_by(&:length)
  else
    []
  end
end

def suggestion(name, known)
  plain = ->(s) { s.to_s.delete("_") }
  close = known.find { plain.(_1) == plain.(name) }
  close ? "; the SDK calls it #{close}" : ""
end

def model_problems(model, hash, where, positional)
  fields = model.known_fields
  given = hash.transform_keys(&:to_sym)
  unknown = given.keys - fields.keys - [:request_options]
  out = unknown.map { "unknown parameter #{[where, _1].reject(&:empty?).join('.')}#{suggestion(_1, fields.keys)} (#{model.name})" }
  missing = fields.select { |name, f| f[:required] && !given.key?(name) && !positional.include?(name) && f[:const].equal?(SDK::Internal::OMIT) }.keys
  out += missing.map { "missing required parameter #{[where, _1].reject(&:empty?).join('.')} (#{model.name})" }
  given.each do |name, value|
    field = fields[name]
    next unless field
    next if value.nil? && field[:nilable]
    out += problems(field.fetch(:type_fn).call, value, where == "" ? name.to_s : "#{where}.#{name}")
  end
  out
end

def resource_classes(mod, seen = {})
  mod.constants.each do |name|
    value = mod.const_get(name)
    next unless value.is_a?(Module) && !seen[value] && value.name&.start_with?(mod.name)
    seen[value] = true
    resource_classes(value, seen)
  end
  seen.keys.grep(Class)
end

resource_classes(SDK::Resources).each do |klass|
  wrapper = Module.new
  klass.public_instance_methods(false).each do |method_name|
    model = PARAMS["#{klass.name}##{method_name}"]
    next unless model
    signature = klass.instance_method(method_name).parameters
    positional = signature.select { %i[req opt].include?(_1[0]) }.map { _2 }
    rest = signature.any? { _1[0] == :rest }
    wrapper.define_method(method_name) do |*args, **kw, &block|
      # More arguments than the method takes: Ruby's own ArgumentError says so (from super), not a params check.
      next super(*args, **kw, &block) if !rest && args.length > positional.length
      params = kw.empty? && args.last.is_a?(Hash) ? args.last : kw
      found = model_problems(model, params, "", positional)
      raise ParamsError, "#{klass.name.sub(/^#{SDK.name}::Resources::/, '')}##{method_name}: #{found.first}" unless found.empty?
      super(*args, **kw, &block)
    end
  end
  klass.prepend(wrapper)
end

${RUBY_FRAMEWORK_STUBS}

# A mistake of the example's own (an unknown method or constant, wrong arguments, parameters the SDK rejects) fails it
# even when the example rescues it: a handler's bare "rescue => e" would otherwise turn it into an "invalid signature".
PROGRAM_ERRORS = [NameError, ArgumentError, TypeError, ParamsError]
# Raised by the example's code, or by this harness's wrapper of the SDK method the example calls (too many arguments).
def own_mistake?(tp)
  return false unless PROGRAM_ERRORS.any? { tp.raised_exception.is_a?(_1) }
  tp.path == "example" || (tp.path == __FILE__ && (tp.raised_exception.backtrace || []).first(3).any? { _1.start_with?("example:") })
end
def describe_error(e)
  case e
  when NoMethodError then "NoMethodError: undefined method #{e.name} for #{e.receiver.class}"
  when NameError then "NameError: #{e.name} is not defined"
  else "#{e.class}: #{e.message.lines.first.to_s.strip.sub(/\Aexample:\d+: /, '')}"
  end
end
def example_line(e) = ((e.backtrace || []).map { _1[/\Aexample:(\d+)/, 1] }.compact.first || e.message[/\Aexample:(\d+)/, 1])&.to_i

real_stdout = $stdout
results = input.fetch("examples").map do |example|
  $stdout = StringIO.new
  RECORDED.clear
  rescued = nil
  watch = TracePoint.new(:raise) { |tp| rescued ||= [tp.raised_exception, tp.path == "example" ? tp.lineno : example_line(tp.raised_exception)] if own_mistake?(tp) }
  begin
    sdkgen_fragment_env(example.fetch("code"))
    watch.enable { FRAGMENT_CONTEXT.new.instance_eval { eval(example.fetch("code"), binding, "example", 1) } }
    if rescued
      {"ok" => false, "line" => rescued[1], "message" => "#{describe_error(rescued[0])} (rescued by the example)"}
    else
      {"ok" => true}
    end
  rescue ScriptError, StandardError => e
    # A rescued mistake comes first: what followed from it (a webhook refused after it) is its consequence.
    if rescued
      {"ok" => false, "line" => rescued[1], "message" => "#{describe_error(rescued[0])} (rescued by the example)"}
    else
      {"ok" => false, "line" => example_line(e), "message" => describe_error(e)}
    end
  ensure
    $stdout = real_stdout
  end
end
real_stdout.write(JSON.generate(results))
`;
