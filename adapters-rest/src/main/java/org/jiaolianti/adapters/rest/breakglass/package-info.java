/** Break-glass access over HTTP ({@code /api/v1/break-glass}). 中文：紧急调阅接口。依据：五(二)2 */
package org.jiaolianti.adapters.rest.breakglass;
