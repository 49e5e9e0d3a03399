// Unit tests of the parser core (core/): no SQLite involved.
#define BOOST_TEST_MODULE core
#include <boost/test/unit_test.hpp>
