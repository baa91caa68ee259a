/**
 * Parent open days (家长开放日, 五(一)3) and parent reception days (家长接待日, 三(三)2): a school schedules one on a
 * date, with time slots of a given capacity; guardians of the school's students book a slot, and may cancel
 * until it starts. A slot is never booked beyond its capacity.
 *
 * <p>中文：家长开放日与家长接待日。依据：五(一)3，三(三)2
 */
package org.jiaolianti.domain.openday;
