/** REST for parent mentors (家长导师, 五(一)3): {@code /api/v1/parent-mentors}. */
package org.jiaolianti.adapters.rest.mentor;
