-- Roster import (issue 5): a guardian is found by mobile number within the district, so that
-- re-importing a registry file links the same guardian instead of registering a second one.
-- Not unique: guardians registered one by one before the import may share a number.
CREATE INDEX ix_guardian_mobile ON guardian (district_code, mobile);

-- A kindergarten child without a national student number is found by school, name and birth date.
CREATE INDEX ix_student_school_name ON student (district_code, school_id, name, birth_date);
