/* The list page: the student's classes, read from this page's address fragment
   (#c=HS-310,TR-110&s=CKM&l=es), shown from the catalog's static JSON published beside it.
   The fragment never leaves the phone: the files fetched are named by the catalog version and
   by shard number only. Every text is set as text, never as markup. */
(function () {
  "use strict";

  var KIND = "cte-kiosk-list-page";
  var LEVELS = ["introductory", "concentrator", "capstone"];
  var TERMS = ["school_year", "summer"];

  var state = {
    base: document.querySelector('meta[name="cte-list-data"]').getAttribute("content"),
    index: null,
    shards: {}, // shard number -> its courses, once loaded
    loading: null,
    lang: "en",
  };

  // ---- the fragment ----

  function readFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var seen = {};
    var codes = [];
    (params.get("c") || "").split(",").forEach(function (raw) {
      var code = raw.trim();
      if (code && !seen[code]) {
        seen[code] = true;
        codes.push(code);
      }
    });
    return { codes: codes, school: (params.get("s") || "").trim(), lang: (params.get("l") || "").trim() };
  }

  /* The fragment with only its l= changed, every other part as it was. */
  function fragmentWithLang(lang) {
    var parts = location.hash.replace(/^#/, "").split("&").filter(function (part) {
      return part && part.split("=")[0] !== "l";
    });
    parts.push("l=" + encodeURIComponent(lang));
    return "#" + parts.join("&");
  }

  function chooseLang(asked) {
    var languages = state.index.languages;
    if (languages.indexOf(asked) >= 0) {
      return asked;
    }
    return languages.indexOf("en") >= 0 ? "en" : languages[0];
  }

  // ---- which shard holds a code: FNV-1a 32-bit over its UTF-8 bytes ----

  function shardOf(code, shards) {
    var bytes = new TextEncoder().encode(code);
    var hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % shards;
  }

  // ---- loading ----

  function fetchJson(name) {
    return fetch(name, { credentials: "omit", referrerPolicy: "no-referrer" }).then(function (response) {
      if (!response.ok) {
        throw new Error(name + ": HTTP " + response.status);
      }
      return response.json();
    }).then(function (data) {
      if (!data || data.kind !== KIND) {
        throw new Error(name + ": not a list page file");
      }
      return data;
    });
  }

  function loadIndex() {
    if (state.index) {
      return Promise.resolve(state.index);
    }
    return fetchJson(state.base + ".json").then(function (index) {
      state.index = index;
      return index;
    });
  }

  function loadShards(codes) {
    var shards = state.index.shards;
    var wanted = {};
    codes.forEach(function (code) {
      wanted[shardOf(code, shards)] = true;
    });
    return Promise.all(Object.keys(wanted).filter(function (k) {
      return !state.shards[k];
    }).map(function (k) {
      return fetchJson(state.base + "-" + k + ".json").then(function (shard) {
        state.shards[k] = shard.courses || {};
      });
    }));
  }

  function load() {
    var fragment = readFragment();
    showFailure(false);
    var job = loadIndex().then(function () {
      state.lang = chooseLang(fragment.lang);
      setStatus(word("loading"));
      return loadShards(fragment.codes);
    }).then(function () {
      if (state.loading === job) {
        render();
      }
    }, function (error) {
      if (state.loading === job) {
        showFailure(true, error);
      }
    });
    state.loading = job;
    return job;
  }

  // ---- words and text in the chosen language ----

  function word(key) {
    var words = state.index.words;
    var own = words[state.lang] || {};
    return key in own ? own[key] : (words.en || {})[key] || "";
  }

  /* A word with %1, %2... filled in at once, so a translation may order them as it likes. */
  function fill(template) {
    var values = Array.prototype.slice.call(arguments, 1);
    return String(template).replace(/%([1-9])/g, function (all, n) {
      var value = values[Number(n) - 1];
      return value === undefined ? all : String(value);
    });
  }

  /* A plural word: forms in Qt's order; the languages here have one form or "one, other". */
  function plural(key, count) {
    var forms = word(key);
    if (!Array.isArray(forms)) {
      forms = [forms];
    }
    var form = forms.length > 1 && count !== 1 ? forms[forms.length - 1] : forms[0];
    return form.replace(/%n/g, number(count));
  }

  /* A text object keyed by language: the language's field, else English's, field by field.
     Returns [text, lang it is in]; the text is "" when neither has it. */
  function pick(texts, field) {
    var own = (texts || {})[state.lang] || {};
    var english = (texts || {}).en || {};
    if (hasText(own[field])) {
      return [own[field], state.lang];
    }
    if (hasText(english[field])) {
      return [english[field], "en"];
    }
    return ["", state.lang];
  }

  function hasText(value) {
    return Array.isArray(value) ? value.length > 0 : typeof value === "string" && value !== "";
  }

  function byLang(texts) {
    var value = (texts || {})[state.lang];
    return hasText(value) ? [value, state.lang] : [(texts || {}).en || "", "en"];
  }

  function locale() {
    return (state.index.locale || {})[state.lang] || "en-US";
  }

  function number(value) {
    try {
      return new Intl.NumberFormat(locale()).format(value);
    } catch (e) {
      return new Intl.NumberFormat("en-US").format(value);
    }
  }

  function money(amount, hourly) {
    var digits = hourly ? 2 : 0;
    var options = {
      style: "currency", currency: "USD", currencyDisplay: "narrowSymbol",
      minimumFractionDigits: digits, maximumFractionDigits: digits,
    };
    try {
      return new Intl.NumberFormat(locale(), options).format(amount);
    } catch (e) {
      // A browser without narrowSymbol (older phones): the locale's own dollar sign.
      delete options.currencyDisplay;
      return new Intl.NumberFormat(locale(), options).format(amount);
    }
  }

  // ---- pay, as the kiosk's course screen words it (kiosk/services/paywords.py) ----

  function amount(value, top, hourly) {
    var shown = money(value, hourly);
    return top ? fill(word("pay_or_more"), shown) : shown;
  }

  function shortPlace(place) {
    return place.split(",")[0].split("-")[0].trim();
  }

  function payLines(pay) {
    var middle = fill(word(pay.hourly ? "pay_hour" : "pay_year"), amount(pay.median, pay.median_top, pay.hourly));
    var head;
    if (pay.scope === "area") {
      head = fill(word("pay_area"), shortPlace(pay.place || ""), middle);
    } else if (pay.scope === "state") {
      head = fill(word("pay_state"), pay.place || "", middle);
    } else if (pay.scope === "nation") {
      head = fill(word("pay_nation"), middle);
    } else {
      head = fill(word("pay_typed"), middle);
    }
    var lines = [head];
    if (pay.p25 !== null && pay.p25 !== undefined && pay.p75 !== null && pay.p75 !== undefined) {
      lines.push(fill(word("pay_spread"), amount(pay.p25, pay.p25_top, pay.hourly), amount(pay.p75, pay.p75_top, pay.hourly)));
    }
    if (pay.jobs && (pay.scope === "area" || pay.scope === "state")) {
      lines.push(plural(pay.scope === "area" ? "pay_jobs_area" : "pay_jobs_state", pay.jobs));
    }
    if (pay.scope === "typed" && pay.source) {
      lines.push(fill(word("pay_source"), pay.source));
    }
    return lines;
  }

  function joined(lines) {
    return lines.reduce(function (first, line) {
      return fill(word("two_sentences"), first, line);
    });
  }

  function releaseWords(release) {
    var parts = release.split(" ");
    return parts.length === 2 && parts[0] === "May" && /^\d+$/.test(parts[1]) ? fill(word("may"), parts[1]) : release;
  }

  // ---- building the page ----

  function el(tag, className, text, lang) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (lang && lang !== state.lang) {
      // Text shown in English on a page in another language: a screen reader reads it as English.
      node.lang = state.index.html_lang.en || "en";
    }
    return node;
  }

  /* Empty an element (replaceChildren is newer than some phones still in use). */
  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function section(parent, heading, lines, asList) {
    lines = lines.filter(function (line) {
      return line[0];
    });
    if (!lines.length) {
      return; // an empty fact is hidden, heading and all
    }
    var box = el("section", "fact");
    box.appendChild(el("h3", "", heading));
    var holder = asList && lines.length > 1 ? box.appendChild(el("ul", "lines")) : box;
    lines.forEach(function (line) {
      holder.appendChild(el(holder === box ? "p" : "li", "", line[0], line[1]));
    });
    parent.appendChild(box);
  }

  function levelName(level) {
    return LEVELS.indexOf(level) >= 0 ? word(level) : level || "";
  }

  function termName(term) {
    return TERMS.indexOf(term) >= 0 ? word(term) : term;
  }

  function courseCard(code, course) {
    var card = el("article", "course");
    var title = pick(course.text, "title");
    card.appendChild(el("h2", "", title[0] || code, title[1]));
    card.appendChild(el("p", "code", fill(word("code"), code)));
    var pathway = pick(course.text, "pathway");
    var sector = pick(course.text, "sector");
    var path = [pathway, sector].filter(function (p) {
      return p[0];
    });
    if (path.length) {
      var langs = path.map(function (p) { return p[1]; });
      card.appendChild(el("p", "pathway", path.map(function (p) { return p[0]; }).join(" · "),
        langs.indexOf(state.lang) >= 0 ? state.lang : "en"));
    }
    var badges = el("ul", "badges");
    badges.appendChild(el("li", "badge", word("tuition_free")));
    [levelName(course.level), course.college_credit ? word("college_credit") : "", course.cve ? word("cve") : ""]
      .forEach(function (text) {
        if (text) {
          badges.appendChild(el("li", "badge soft", text));
        }
      });
    card.appendChild(badges);

    section(card, word("what"), [pick(course.text, "description")]);
    section(card, word("who"), [[grades(course), state.lang]]);
    section(card, word("first"), [pick(course.text, "prerequisites")]);
    section(card, word("where"), (course.offerings || []).map(offeringLine), true);
    section(card, word("credits"), [[creditsLine(course), state.lang], [collegeLine(course), state.lang]]);
    if (course.cve) {
      section(card, word("cve"), [[word("cve_text"), state.lang]]);
    }
    var certs = pick(course.text, "certifications");
    section(card, word("certifications"), (certs[0] || []).map(function (c) { return [c, certs[1]]; }), true);
    // A course names its careers by code; the index holds each career once.
    var known = state.index.careers || {};
    careers(card, (course.careers || []).map(function (code) { return known[code]; }).filter(Boolean));
    return card;
  }

  function grades(course) {
    if (course.grade_min === null || course.grade_min === undefined || course.grade_max === null || course.grade_max === undefined) {
      return "";
    }
    return course.grade_min === course.grade_max
      ? fill(word("grade"), course.grade_min)
      : fill(word("grades"), course.grade_min, course.grade_max);
  }

  function offeringLine(offering) {
    var notes = byLang(offering.notes);
    var line = offering.school_name + " — " + termName(offering.term) + (notes[0] ? " (" + notes[0] + ")" : "");
    return [line, notes[0] ? notes[1] : state.lang];
  }

  function creditsLine(course) {
    return course.hs_credits === null || course.hs_credits === undefined ? "" : fill(word("hs_credits"), String(course.hs_credits));
  }

  function collegeLine(course) {
    if (!course.college_credit) {
      return "";
    }
    return course.partner_college ? fill(word("college_with"), course.partner_college) : word("college_any");
  }

  function careers(card, list) {
    if (!list.length) {
      return;
    }
    var box = el("section", "fact careers");
    box.appendChild(el("h3", "", word("careers")));
    var items = box.appendChild(el("ul", "career-list"));
    list.forEach(function (career) {
      var item = items.appendChild(el("li", "career"));
      var title = pick(career.text, "title");
      item.appendChild(el("h4", "", title[0], title[1]));
      var description = pick(career.text, "description");
      if (description[0]) {
        item.appendChild(el("p", "", description[0], description[1]));
      }
      if (career.pay) {
        var lines = payLines(career.pay);
        item.appendChild(el("p", "pay", lines[0]));
        if (lines.length > 1) {
          item.appendChild(el("p", "muted pay-more", joined(lines.slice(1))));
        }
      }
      var education = pick(career.text, "education");
      if (education[0]) {
        item.appendChild(el("p", "muted", fill(word("education"), education[0]), education[1]));
      }
    });
    card.appendChild(box);
  }

  function removedNote(code) {
    return el("p", "notice removed", fill(word("removed"), code));
  }

  function signup(box, schoolCode) {
    clear(box);
    var heading = el("h2", "", word("sign_up"));
    heading.id = "signup-heading";
    box.appendChild(heading);
    box.appendChild(el("p", "", word("counselors_help")));
    var school = schoolCode && Object.prototype.hasOwnProperty.call(state.index.schools || {}, schoolCode)
      ? state.index.schools[schoolCode] : null;
    if (!school) {
      box.appendChild(el("p", "", word("no_school")));
      return;
    }
    box.appendChild(el("h3", "", fill(word("school"), school.name)));
    var office = el("div", "office");
    ["location", "hours", "booking"].forEach(function (field) {
      var text = pick(school.office, field);
      if (text[0]) {
        office.appendChild(el("p", "", text[0], text[1]));
      }
    });
    if (school.address) {
      office.appendChild(el("p", "", school.address, "en"));
    }
    if (school.phone) {
      var digits = school.phone.replace(/[^0-9+]/g, "");
      office.appendChild(digits ? link("tel:" + digits, school.phone, false) : el("p", "", school.phone));
    }
    if (/^https?:\/\//i.test(school.website || "")) {
      office.appendChild(link(school.website, school.website, true));
    } else if (school.website) {
      office.appendChild(el("p", "", school.website));
    }
    box.appendChild(office);
  }

  function link(href, text, external) {
    var line = el("p", "link-line");
    var anchor = line.appendChild(el("a", "", text));
    anchor.href = href;
    if (external) {
      anchor.rel = "noreferrer noopener";
    }
    return line;
  }

  function languageNav() {
    var nav = document.getElementById("languages");
    var index = state.index;
    if (!nav.firstChild) {
      var list = nav.appendChild(el("ul", ""));
      index.languages.forEach(function (code) {
        var anchor = el("a", "", (index.names || {})[code] || code);
        anchor.lang = (index.html_lang || {})[code] || code;
        anchor.hreflang = anchor.lang;
        anchor.setAttribute("data-lang", code);
        anchor.addEventListener("click", function (event) {
          event.preventDefault();
          history.replaceState(history.state, "", fragmentWithLang(code));
          state.lang = code;
          render();
        });
        list.appendChild(el("li", "")).appendChild(anchor);
      });
    }
    nav.setAttribute("aria-label", word("language"));
    Array.prototype.forEach.call(nav.querySelectorAll("a"), function (anchor) {
      var code = anchor.getAttribute("data-lang");
      anchor.href = fragmentWithLang(code);
      if (code === state.lang) {
        anchor.setAttribute("aria-current", "true");
      } else {
        anchor.removeAttribute("aria-current");
      }
    });
    nav.hidden = index.languages.length < 2;
  }

  function footer() {
    document.getElementById("privacy").textContent = word("privacy");
    var sources = document.getElementById("sources");
    clear(sources);
    if (state.index.wage_release) {
      sources.appendChild(el("p", "muted", fill(word("pay_from"), releaseWords(state.index.wage_release))));
    }
    var credits = byLang(state.index.credits);
    (credits[0] || []).forEach(function (text) {
      sources.appendChild(el("p", "credit", text, credits[1]));
    });
  }

  function render() {
    var index = state.index;
    var fragment = readFragment();
    document.documentElement.lang = (index.html_lang || {})[state.lang] || state.lang;
    var heading = word("heading");
    var title = byLang(index.title);
    document.title = title[0] ? heading + " — " + title[0] : heading;
    document.getElementById("heading").textContent = heading;
    var district = document.getElementById("district");
    district.textContent = index.district || "";
    district.lang = "en";
    var catalog = document.getElementById("catalog");
    catalog.textContent = title[0];
    if (title[1] === state.lang) {
      catalog.removeAttribute("lang");
    } else {
      catalog.lang = index.html_lang.en || "en";
    }
    languageNav();
    var print = document.getElementById("print");
    print.textContent = word("print");
    document.getElementById("tools").hidden = false;

    var courses = document.getElementById("courses");
    clear(courses);
    if (!fragment.codes.length) {
      courses.appendChild(el("p", "notice", word("empty")));
    }
    fragment.codes.forEach(function (code) {
      var shard = state.shards[shardOf(code, index.shards)] || {};
      var course = Object.prototype.hasOwnProperty.call(shard, code) ? shard[code] : null;
      courses.appendChild(course ? courseCard(code, course) : removedNote(code));
    });
    var box = document.getElementById("signup");
    signup(box, fragment.school);
    box.hidden = false;
    footer();
    setStatus("");
  }

  // ---- loading and failure ----

  function setStatus(text) {
    document.getElementById("status").textContent = text;
  }

  function showFailure(failed, error) {
    var box = document.getElementById("alert");
    clear(box);
    if (!failed) {
      return;
    }
    if (error && window.console) {
      console.error(error);
    }
    setStatus("");
    // Before the index is there its words are not: the failure is said in plain English.
    var text = state.index ? word("failed") : "Your list could not be loaded. Check your connection and try again.";
    var again = state.index ? word("retry") : "Try again";
    box.appendChild(el("p", "", text));
    var button = box.appendChild(el("button", "primary", again));
    button.type = "button";
    button.addEventListener("click", function () {
      setStatus(state.index ? word("loading") : "Loading your list…");
      load();
    });
  }

  function start() {
    document.getElementById("print").addEventListener("click", function () {
      window.print();
    });
    // The address edited by hand, or back and forward: its list, school or language changed.
    window.addEventListener("hashchange", load);
    load();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
