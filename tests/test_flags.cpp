// The shared flag parser: values, and the mistakes it must name.
#include <vector>

#include "common/cli/flags.h"
#include "tests/check.h"

namespace {

Flags parse(std::vector<const char*> args) {
    args.insert(args.begin(), "prog");
    return Flags(static_cast<int>(args.size()), args.data(), {"eta", "sizes", "epochs"}, {"verbose"});
}

}  // namespace

TEST_CASE(flags, values, "") {
    Flags f = parse({"--eta", "3.0", "--sizes=784,30,10", "--verbose"});
    CHECK_EQ(f.get_double("eta", 0.0), 3.0);
    CHECK_EQ(f.get_int_list("sizes", {}, 1, 100000), (std::vector<int>{784, 30, 10}));
    CHECK(f.has("verbose"));
    CHECK(!f.has("epochs"));
    CHECK_EQ(f.get_int("epochs", 30, 0, 1000), 30);  // the fallback when absent
    CHECK(parse({"--help"}).help());
    CHECK(parse({"-h"}).help());  // argparse's short form
}

TEST_CASE(flags, rejects_mistakes, "") {
    CHECK_THROWS(parse({"--etta", "3"}), "unknown flag --etta");
    CHECK_THROWS(parse({"--eta"}), "--eta needs a value");
    CHECK_THROWS(parse({"eta"}), "unexpected argument 'eta'");
    CHECK_THROWS(parse({"-e"}), "unexpected argument '-e' (flags look like --name value)");
    // A list written with spaces: the hint says how to write it.
    CHECK_THROWS(parse({"--sizes", "784", "20", "10"}),
                 "unexpected argument '20' (flags look like --name value; a list takes commas: --sizes 784,30,10)");
    CHECK_THROWS(parse({"--verbose=1"}), "--verbose takes no value");
    CHECK_THROWS(parse({"--eta", "1", "--eta", "2"}), "--eta given twice");
    CHECK_THROWS(parse({"--eta", "fast"}).get_double("eta", 0), "--eta: expected a finite number, got 'fast'");
    CHECK_THROWS(parse({"--eta", "nan"}).get_double("eta", 0), "--eta: expected a finite number");
    CHECK_THROWS(parse({"--eta", "inf"}).get_double("eta", 0), "--eta: expected a finite number");
    CHECK_THROWS(parse({"--epochs", "-1"}).get_int("epochs", 1, 0, 10), "--epochs: expected a whole number from 0 to 10, got '-1'");
    CHECK_THROWS(parse({"--epochs", "2.5"}).get_int("epochs", 1, 0, 10), "got '2.5'");
    CHECK_THROWS(parse({"--sizes", "784,,10"}).get_int_list("sizes", {}, 1, 10000), "--sizes: expected a whole number");
}
