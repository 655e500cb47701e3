/** SITE_URL and BASE_URL: the defaults for a local build, normalised paths, and clear refusals. */
import { describe, expect, it } from 'vitest';
import { LOCAL_ADDRESS, siteAddress } from '../siteAddress';

describe('siteAddress', () => {
  it('is localhost:3000 at / when nothing is set', () => {
    expect(siteAddress({})).toEqual({ url: 'http://localhost:3000', baseUrl: '/' });
    expect(siteAddress({ SITE_URL: '', BASE_URL: ' ' })).toEqual(LOCAL_ADDRESS);
  });

  it('takes an origin and a base path, with or without their slashes', () => {
    expect(siteAddress({ SITE_URL: 'https://example.org', BASE_URL: '/kzprotest/' })).toEqual({ url: 'https://example.org', baseUrl: '/kzprotest/' });
    expect(siteAddress({ SITE_URL: 'https://example.org/', BASE_URL: 'kzprotest' })).toEqual({ url: 'https://example.org', baseUrl: '/kzprotest/' });
    expect(siteAddress({ SITE_URL: 'http://school.example:8080', BASE_URL: '/history/kz/' })).toEqual({ url: 'http://school.example:8080', baseUrl: '/history/kz/' });
    expect(siteAddress({ BASE_URL: '/' }).baseUrl).toBe('/');
  });

  it('refuses a SITE_URL with a path, saying to put the path in BASE_URL', () => {
    expect(() => siteAddress({ SITE_URL: 'https://example.org/kzprotest/' })).toThrow(/SITE_URL="https:\/\/example.org\/kzprotest\/" has a path.*BASE_URL=\/kzprotest\//);
  });

  it('refuses a SITE_URL that is not an http(s) URL', () => {
    expect(() => siteAddress({ SITE_URL: 'example.org' })).toThrow(/SITE_URL="example.org" is not an absolute URL/);
    expect(() => siteAddress({ SITE_URL: 'ftp://example.org' })).toThrow(/uses ftp: where http: or https: is needed/);
  });

  it('refuses a BASE_URL that is a URL or climbs out of the site', () => {
    expect(() => siteAddress({ BASE_URL: 'https://example.org/kzprotest/' })).toThrow(/BASE_URL="https:\/\/example.org\/kzprotest\/" is not a path of plain segments/);
    expect(() => siteAddress({ BASE_URL: '/a/../b/' })).toThrow(/BASE_URL/);
    expect(() => siteAddress({ BASE_URL: '/kz?x=1' })).toThrow(/BASE_URL/);
  });
});
