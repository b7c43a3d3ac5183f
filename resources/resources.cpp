// The resource library needs one translation unit of its own; the resources
// themselves are registered by the generated initializer object.
namespace {
[[maybe_unused]] constexpr int kResourceLibraryAnchor = 0;
}
