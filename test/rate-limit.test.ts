import { describe, expect, it } from 'vitest'
import { MAX_TIMER_MS } from '../src/retry/limits.js'
import {
  isGitHubRateLimit,
  parseDraft6Reset,
  parseEpochSecondsReset,
  parseRateLimitReset,
  parseResetAfterSeconds,
  VENDOR_WAIT_PRESETS,
} from '../src/retry/rate-limit.js'

const NOW = Date.UTC(2026, 0, 5, 12, 0, 0)
const NOW_SECONDS = NOW / 1000

describe('parseRateLimitReset', () => {
  it.each<[string, string | null, number | undefined]>([
    ['no field', null, undefined],
    ['one policy', '"default";r=50;t=30', 30_000],
    ['one exhausted policy', '"default";r=0;t=30', 30_000],
    ['a zero window', '"default";r=0;t=0', 0],
    ['a Token policy name', 'default;r=0;t=7', 7_000],
    ['spaces after semicolons (express-rate-limit draft-8)', '"100-in-1min"; r=25; t=5', 5_000],
    ['the longest window among exhausted policies', '"a";r=0;t=10, "b";r=0;t=60, "c";r=5;t=1', 60_000],
    ['an exhausted policy over a shorter free one', '"burst";r=9;t=1, "daily";r=0;t=3600', 3_600_000],
    ['the shortest window when none is exhausted', '"a";r=3;t=10, "b";r=9;t=5', 5_000],
    ['an exhausted policy with no window, another with one', '"a";r=0, "b";r=0;t=20', 20_000],
    ['members split over two fields', '"a";r=1;t=10, "b";r=0;t=40', 40_000],
    ['OWS around commas', '"a";r=0;t=8 ,\t"b";r=1;t=2', 8_000],
    [
      'unknown parameters of every type',
      '"a";r=0;t=7;pk=:cHsdsRa894==:;x=@12;y=%"caf%c3%a9";z=?1;w=1.25;v;u=tok',
      7_000,
    ],
    ['an inner list where a policy name belongs: malformed', '"a";r=0;t=7, ("x" y);q', undefined],
    ['a repeated parameter: the last wins', '"a";r=0;t=5;t=9', 9_000],
    ['a huge window', '"a";r=0;t=999999999999999', MAX_TIMER_MS],
    ['draft-07 dictionary form', 'limit=100, remaining=0, reset=30', 30_000],
    ['draft-07 with the reset first', 'reset=12, limit=100, remaining=0', 12_000],
    ['draft-07 with an inner list and parameters', 'limit=(1 2);x, remaining=0;y=?0, reset=3', 3_000],
  ])('reads %s', (_name, value, expected) => {
    expect(parseRateLimitReset(value)).toBe(expected)
  })

  it.each<[string, string]>([
    ['an empty field', ''],
    ['only spaces', '   '],
    ['no window anywhere', '"default";r=0'],
    ['an exhausted policy with no window', '"a";r=0, "b";r=5;t=1'],
    ['no r (REQUIRED)', '"default";t=30'],
    ['a negative window', '"default";r=0;t=-1'],
    ['a negative remaining', '"default";r=-1;t=5'],
    ['a Decimal window', '"default";r=0;t=1.5'],
    ['a String window', '"default";r=0;t="30"'],
    ['a Boolean window', '"default";r=0;t'],
    ['a window of 16 digits', '"default";r=0;t=1000000000000000'],
    ['a trailing comma', '"default";r=0;t=5,'],
    ['a leading comma', ',"default";r=0;t=5'],
    ['an unterminated string', '"default;r=0;t=5'],
    ['space before a parameter', '"default" ;r=0;t=5'],
    ['an upper-case parameter key', '"default";R=0;T=5'],
    ['an Integer as policy name', '5;r=0;t=5'],
    ['a bad Display String', '"a";r=0;t=5;y=%"%ff"'],
    ['an upper-case Display String escape', '"a";r=0;t=5;y=%"%C3%A9"'],
    ['a Decimal Date', '"a";r=0;t=5;x=@1.5'],
    ['garbage', 'soon'],
    ['draft-07 without reset', 'limit=100, remaining=0'],
    ['draft-07 with a negative reset', 'limit=100, remaining=0, reset=-3'],
    ['draft-07 with a Decimal reset', 'limit=100, remaining=0, reset=3.5'],
  ])('ignores %s', (_name, value) => {
    expect(parseRateLimitReset(value)).toBeUndefined()
  })
})

describe('parseEpochSecondsReset (GitHub X-RateLimit-Reset)', () => {
  it.each<[string | null, number | undefined]>([
    [String(NOW_SECONDS + 30), 30_000],
    [` ${NOW_SECONDS + 30} `, 30_000],
    [String(NOW_SECONDS), 0],
    [String(NOW_SECONDS - 3600), 0],
    ['0', 0],
    [String(NOW_SECONDS + 30 * 86_400), MAX_TIMER_MS],
    ['9'.repeat(400), MAX_TIMER_MS],
    [null, undefined],
    ['', undefined],
    ['-1', undefined],
    ['1767614430.5', undefined],
    ['1.7e9', undefined],
    ['Mon, 05 Jan 2026 12:00:30 GMT', undefined],
  ])('reads %j as %j', (value, expected) => {
    expect(parseEpochSecondsReset(value, NOW)).toBe(expected)
  })
})

describe('parseResetAfterSeconds (Discord X-RateLimit-Reset-After)', () => {
  it.each<[string | null, number | undefined]>([
    ['64', 64_000],
    ['1.234', 1_234],
    ['0.29', 290], // not 291: no float product
    ['1.2341', 1_235], // rounded up, never early
    ['1.2340000', 1_234],
    ['0.0001', 1],
    ['0', 0],
    [' 2.5 ', 2_500],
    ['9999999', MAX_TIMER_MS],
    [null, undefined],
    ['', undefined],
    ['1.', undefined],
    ['.5', undefined],
    ['-1.5', undefined],
    ['1e3', undefined],
    ['1,5', undefined],
  ])('reads %j as %j', (value, expected) => {
    expect(parseResetAfterSeconds(value)).toBe(expected)
  })
})

describe('VENDOR_WAIT_PRESETS', () => {
  it('names the header each vendor uses', () => {
    expect(VENDOR_WAIT_PRESETS.github.header).toBe('x-ratelimit-reset')
    expect(VENDOR_WAIT_PRESETS.discord.header).toBe('x-ratelimit-reset-after')
  })

  it('gives every preset the same (value, now) signature', () => {
    expect(VENDOR_WAIT_PRESETS.github.parse(String(NOW_SECONDS + 5), NOW)).toBe(5_000)
    expect(VENDOR_WAIT_PRESETS.discord.parse('5', NOW)).toBe(5_000)
  })
})

describe('parseDraft6Reset (RateLimit-Reset of draft-06, as express-rate-limit and hono-rate-limiter send it)', () => {
  it.each<[string, string | null, number | undefined]>([
    ['no field', null, undefined],
    ['delta seconds', '30', 30_000],
    ['zero', '0', 0],
    ['spaces around it', ' 60 ', 60_000],
    ['a parameter, ignored', '30;w=60', 30_000],
    ['just under 10^9 seconds: a delay, clamped for a timer', '999999999', MAX_TIMER_MS],
    ["GitLab's Unix time, 30 s ahead", String(NOW_SECONDS + 30), 30_000],
    ['a Unix time in the past', String(NOW_SECONDS - 30), 0],
    ['negative', '-5', undefined],
    ['a decimal', '1.5', undefined],
    ['an HTTP-date', 'Mon, 05 Jan 2026 12:00:30 GMT', undefined],
    ['a repeated field', '30, 30', undefined],
    ['a string', '"30"', undefined],
    ['empty', '', undefined],
    ['sixteen digits, not an Integer', '1234567890123456', undefined],
  ])('%s: %j -> %s', (_name, value, expected) => {
    expect(parseDraft6Reset(value, NOW)).toBe(expected)
  })
})

describe("isGitHubRateLimit (GitHub's 403 that means rate limited)", () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['primary limit used up', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' }, true],
    ['used up, padded', { 'x-ratelimit-remaining': ' 0 ' }, true],
    ['secondary limit with Retry-After', { 'x-ratelimit-remaining': '4999', 'retry-after': '60' }, true],
    ['quota left: a permission error', { 'x-ratelimit-remaining': '4999' }, false],
    ['no rate-limit headers: a permission error', {}, false],
    ['not a number', { 'x-ratelimit-remaining': '00x' }, false],
  ])('%s', (_name, headers, expected) => {
    expect(isGitHubRateLimit(new Headers(headers))).toBe(expected)
  })
})
