package org.jiaolianti.domain.homeschool;

/**
 * What a guardian does with a notice: read it, click to confirm, or type their name to sign.
 *
 * <p>中文：回执方式（已读、点击确认、签名确认）。依据：五(一)2
 */
public enum ConfirmationMode {
  /** Reading is enough. 中文：阅读即可。 */
  READ_ONLY,
  /** The guardian clicks "confirm". 中文：点击确认。 */
  CLICK_TO_CONFIRM,
  /** The guardian types their name to sign. 中文：签名确认（输入姓名）。 */
  SIGN_TO_CONFIRM;

  /** Whether a receipt in this mode needs a confirmation beyond reading. */
  public boolean needsConfirmation() {
    return this != READ_ONLY;
  }
}
