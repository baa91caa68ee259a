/** REST for parent open days and reception days (家长开放日 五(一)3, 家长接待日 三(三)2): {@code /api/v1/open-days}. */
package org.jiaolianti.adapters.rest.openday;
