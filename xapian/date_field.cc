/* date: values -> a range of the date slot (slot 0, "YYYYMMDD", which sorts as the dates do). */
#include "xapian/date_field.h"

#include "xapian/schema.h"

extern "C" {
#include "syntax/syntax_date.h"
}

namespace shim {

Xapian::Query DateField::operator()(const std::string &value) {
    int32_t from = 0, to = 0;
    if (poshuk_date_value_range(value.c_str(), &from, &to) != POSHUK_DATE_VALUE_OK)
        return Xapian::Query::MatchNothing;
    if (from && to)
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::SLOT_DATE, schema::date_value(from),
                             schema::date_value(to));
    if (from)
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::SLOT_DATE, schema::date_value(from));
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::SLOT_DATE, schema::date_value(to));
}

} // namespace shim
