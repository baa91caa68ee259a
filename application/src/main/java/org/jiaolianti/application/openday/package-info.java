/** Parent open days (家长开放日, 五(一)3) and reception days (家长接待日, 三(三)2) with bookable slots. */
package org.jiaolianti.application.openday;
