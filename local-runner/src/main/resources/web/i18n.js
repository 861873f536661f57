"use strict";
// Chinese and English for every page. A page registers its words; elements name theirs with
// data-i18n (text), data-i18n-placeholder, data-i18n-title and data-i18n-label (aria-label).
// The server's problem texts are English, so in Chinese a problem is told by its type instead.

const I18n = (() => {
  const words = { en: {}, zh: {} };
  const listeners = [];
  let lang = "en";

  // Problem types (the last part of the type URI) in both languages; a type not listed is told by its status.
  const PROBLEMS = {
    "invalid-timezone": ["That time zone is unknown. Use a name like Asia/Shanghai.", "未知的时区，请使用类似 Asia/Shanghai 的名称。"],
    "invalid-locale": ["That language is not supported.", "不支持该语言。"],
    "invalid-time": ["That date or time is not valid.", "日期或时间无效。"],
    "time-in-past": ["That time has already passed.", "该时间已经过去。"],
    "time-in-the-past": ["That time has already passed.", "该时间已经过去。"],
    "impossible-recurrence": ["That repetition never happens again.", "该重复规则之后不会再发生。"],
    "time-too-far": ["That time is too far ahead.", "该时间太远了。"],
    "invalid-recurrence": ["That repetition is not supported.", "不支持该重复方式。"],
    "invalid-reminder": ["The reminder is not valid.", "提醒无效。"],
    "empty-text": ["Write something first.", "请先输入内容。"],
    "text-too-long": ["That text is too long.", "内容太长。"],
    "invalid-message": ["The message is not valid.", "消息无效。"],
    "missing-field": ["Something required is missing.", "缺少必填内容。"],
    "invalid-field": ["A field is not valid.", "有字段无效。"],
    "invalid-id": ["An id is 1–64 lower-case letters, digits and hyphens.", "编号须为 1–64 个小写字母、数字或连字符。"],
    "duplicate-id": ["That id is already used.", "该编号已被使用。"],
    "invalid-segment": ["The segment is not valid.", "人群条件无效。"],
    "invalid-quiet-hours": ["Quiet hours look like 21:00-08:00.", "免打扰时段格式如 21:00-08:00。"],
    "invalid-frequency-cap": ["The frequency cap is not valid.", "频次上限无效。"],
    "invalid-profile": ["That profile is unknown.", "未知的成员资料。"],
    "invalid-feedback": ["That rating is not valid.", "评价无效。"],
    "image-missing": ["Add a photo first.", "请先选择照片。"],
    "image-corrupt": ["The photo could not be read.", "无法读取这张照片。"],
    "rate-limited": ["Too many messages in a minute. Wait a moment and try again.", "一分钟内消息太多，请稍后再试。"],
    "model-unavailable": ["The assistant is busy. Try again in a moment.", "助手暂时繁忙，请稍后再试。"],
    "unauthorized": ["Please sign in again.", "请重新登录。"],
    "forbidden": ["You may not do that.", "您没有权限执行此操作。"],
    "not-found": ["Not found.", "未找到。"],
    "payload-too-large": ["That is too large.", "内容过大。"],
    "audio-empty": ["The recording is empty.", "录音是空的。"],
    "audio-too-long": ["A voice message may last at most 60 seconds.", "语音消息最长 60 秒。"],
    "audio-truncated": ["The recording was cut off. Please record it again.", "录音不完整，请重新录制。"],
    "audio-corrupt": ["The recording could not be read.", "无法读取这段录音。"],
    "audio-format-mismatch": ["The recording is not in the format it claims.", "录音的实际格式与声明的不符。"],
    "unsupported-audio-format": ["That kind of recording is not supported.", "不支持这种录音格式。"],
    "transcription-unavailable": ["Voice messages cannot be understood here yet: please type instead.", "这里暂时无法识别语音消息，请改为输入文字。"],
  };
  const STATUSES = {
    400: ["The request was not valid.", "请求无效。"],
    409: ["That conflicts with its current state.", "与当前状态冲突。"],
    413: ["That is too large.", "内容过大。"],
    415: ["That kind of file is not supported.", "不支持该文件类型。"],
    422: ["That cannot be done.", "无法完成该操作。"],
    429: ["Too many requests. Try again in a moment.", "请求太多，请稍后再试。"],
    501: ["That is not available here.", "此处不提供该功能。"],
    503: ["The service is busy. Try again in a moment.", "服务暂时繁忙，请稍后再试。"],
  };

  function supported(tag) {
    const base = String(tag || "").toLowerCase().split("-")[0];
    return base === "zh" || base === "en" ? base : null;
  }

  /** The first of these language tags we speak, else English. */
  function pick(...tags) {
    for (const tag of tags.flat()) {
      if (supported(tag)) return supported(tag);
    }
    return "en";
  }

  function t(key, vars) {
    const text = words[lang][key] ?? words.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (vars && name in vars ? String(vars[name]) : whole));
  }

  function apply(root) {
    const scope = root || document;
    scope.querySelectorAll("[data-i18n]").forEach((e) => { e.textContent = t(e.dataset.i18n); });
    scope.querySelectorAll("[data-i18n-placeholder]").forEach((e) => { e.placeholder = t(e.dataset.i18nPlaceholder); });
    scope.querySelectorAll("[data-i18n-title]").forEach((e) => { e.title = t(e.dataset.i18nTitle); });
    scope.querySelectorAll("[data-i18n-label]").forEach((e) => { e.setAttribute("aria-label", t(e.dataset.i18nLabel)); });
    if (!root) {
      document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
      if (words[lang].title) document.title = t("title");
    }
  }

  function use(next) {
    lang = supported(next) || "en";
    apply();
    listeners.forEach((listener) => listener(lang));
  }

  /** A problem+json answer in the page's language: the server's words in English, the type's in Chinese. */
  async function problem(response) {
    let body = {};
    try {
      body = await response.json();
    } catch (ignored) {
      // not problem+json: told by its status alone
    }
    const slug = String(body.type || "").split("/").pop();
    const index = lang === "zh" ? 1 : 0;
    if (lang === "en" && (body.detail || body.title)) return (body.title || "Error") + (body.detail ? ": " + body.detail : "");
    const known = PROBLEMS[slug] || STATUSES[response.status];
    return known ? known[index] : t("error.status", { status: response.status });
  }

  /** A date and time in the page's language and, when known, the customer's zone. */
  function dateTime(iso, zone) {
    if (!iso) return "";
    const options = { dateStyle: "medium", timeStyle: "short" };
    const locale = lang === "zh" ? "zh-CN" : "en-GB";
    try {
      return new Intl.DateTimeFormat(locale, zone ? { ...options, timeZone: zone } : options).format(new Date(iso));
    } catch (unknownZone) {
      return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
    }
  }

  return {
    register(en, zh) { Object.assign(words.en, en); Object.assign(words.zh, zh); },
    onChange(listener) { listeners.push(listener); },
    get lang() { return lang; },
    pick, t, apply, use, problem, dateTime,
  };
})();
