import type { Locator, Page } from 'playwright-core';

/** Selectors for the Review screen, by role and accessible name (English or Chinese). */
export class ReviewPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  private get main(): Locator {
    return this.page.getByRole('main');
  }
  get fingerprint(): Locator {
    return this.page.getByTestId('plan-fingerprint');
  }
  get reviewerField(): Locator {
    return this.main.getByRole('textbox', { name: /Your name|您的姓名/ });
  }
  get reviewerName(): Locator {
    return this.page.getByTestId('reviewer-name');
  }
  async setReviewer(name: string): Promise<void> {
    await this.reviewerField.fill(name);
    await this.main.getByRole('button', { name: /^(Save name|保存姓名)$/ }).click();
    await this.reviewerName.waitFor();
  }
  tab(name: RegExp): Locator {
    return this.main.getByRole('group', { name: /Review sections|审阅内容/ }).getByRole('button', { name });
  }
  get form(): Locator {
    return this.main.getByRole('form', { name: /Add a comment|添加意见/ });
  }
  async addComment(kind: string, which: string | null, body: string): Promise<void> {
    await this.form.getByRole('combobox', { name: /^(About|对象)$/ }).selectOption({ label: kind });
    if (which !== null) await this.form.getByRole('combobox', { name: /^(Which one|具体对象)$/ }).selectOption({ label: which });
    await this.form.getByRole('textbox', { name: /^(Comment|意见)$/ }).fill(body);
    const before = await this.comments.count();
    await this.form.getByRole('button', { name: /^(Add comment|添加意见)$/ }).click();
    await this.comments.nth(before).waitFor();
  }
  get comments(): Locator {
    return this.page.getByTestId('comment');
  }
  comment(text: string): Locator {
    return this.comments.filter({ hasText: text });
  }
  filter(name: RegExp): Locator {
    return this.main.getByRole('group', { name: /Filter comments|筛选意见/ }).getByRole('combobox', { name });
  }
  get saveCommentsButton(): Locator {
    return this.main.getByRole('button', { name: /^(Save comments to file|将意见保存到文件)$/ });
  }
  get comparePath(): Locator {
    return this.main.getByRole('textbox', { name: /Path of the other|另一个 \.parkzero/ });
  }
  async compareWith(path: string): Promise<void> {
    await this.comparePath.fill(path);
    await this.main.getByRole('button', { name: /^(Compare|比较)$/ }).click();
    await this.page.getByTestId('diff-view').or(this.page.getByTestId('diff-same')).waitFor({ timeout: 30_000 });
  }
  get diffChanges(): Locator {
    return this.page.getByTestId('diff-change');
  }
  get signaturePanel(): Locator {
    return this.page.getByTestId('signature-panel');
  }
  get signatureVerdict(): Locator {
    return this.page.getByTestId('signature-verdict');
  }
  /** Checks the file's signatures with a public key file and waits for the verdict. */
  async verifySignature(publicKeyPath: string): Promise<void> {
    await this.signaturePanel.getByRole('textbox', { name: /public key file|公钥文件/ }).fill(publicKeyPath);
    await this.signaturePanel.getByRole('button', { name: /^(Verify signature|核验签名)$/ }).click();
  }
  get memoPath(): Locator {
    return this.main.getByRole('textbox', { name: /Save the memo to|备忘录保存路径/ });
  }
}
