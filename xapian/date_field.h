/* The date: field of a query: date:2025, date:2025-07, date:2025-07-03, date:2025-01..2025-06,
 * date:2025.. and date:..2024-12 filter on the date slot. */
#ifndef POSHUK_XAPIAN_DATE_FIELD_H
#define POSHUK_XAPIAN_DATE_FIELD_H

#include <xapian.h>

namespace shim {

/* A boolean field processor, not a RangeProcessor: Xapian's parser hands every token with ".." in it
 * to its range processors once one is registered and throws "Unknown range operation" for any they
 * refuse, so "вибори..." or "1..2" would stop being queries at all. As a field, the range is only
 * ever read after "date:". The value has passed syntax/syntax_date.h's check already; one that does
 * not read anyway (a caller skipping the check) matches nothing. */
class DateField : public Xapian::FieldProcessor {
  public:
    Xapian::Query operator()(const std::string &value) override;
};

} // namespace shim

#endif
