/** Messages of the public portal: [Simplified Chinese, English]. */
export const portalMessages = {
  'nav.label': ['栏目导航', 'Sections'],
  'nav.open': ['打开栏目菜单', 'Open the menu'],
  'nav.home': ['首页', 'Home'],
  'nav.personal': ['个人服务', 'For individuals'],
  'nav.enterprise': ['法人服务', 'For enterprises'],
  'nav.departments': ['部门服务', 'By department'],
  'nav.convenience': ['便民服务', 'Convenience'],
  'nav.oneTrip': ['最多跑一次', 'At most one trip'],
  'nav.supervision': ['互联网+监督', 'Internet + Supervision'],
  'nav.user': ['用户中心', 'My account'],

  'pref.language': ['切换语言', 'Switch language'],
  'pref.largeFont': ['大字版', 'Large text'],
  'pref.standardFont': ['标准版', 'Standard text'],

  'footer.openApi': ['开放接口', 'Open API'],
  'footer.admin': ['管理入口', 'Administration'],
  'footer.hotline': ['政务服务热线 12345', 'Service hotline 12345'],
  'footer.note': [
    '长沙市政务服务网 · 一网通办 — 开源政务服务平台演示',
    'Changsha Government Services · One-Stop Online — an open-source government services platform',
  ],

  'home.searchTitle': ['办事搜索', 'Find a service'],
  'home.hotWords': ['热门搜索：', 'Popular:'],
  'home.hotItems': ['热门事项', 'Popular services'],
  'home.figures': ['本地区事项概况', 'Services in this region'],

  'search.title': ['事项检索', 'Search services'],
  'search.titleFor': ['“{q}”的搜索结果', 'Results for “{q}”'],
  'search.placeholder': ['请输入事项名称或关键词，如：身份证、营业执照', 'Enter a service or keyword, e.g. ID card, business licence'],
  'search.withinPlaceholder': ['在本栏目中搜索', 'Search this section'],
  'search.total': ['共 {n} 项事项', '{n} services'],
  'search.totalCapped': ['超过 {n} 项事项，可输入关键词或筛选条件缩小范围', 'More than {n} services: add a keyword or a filter'],
  'search.empty': ['没有找到符合条件的事项', 'No services match'],

  'theme.all': ['全部事项', 'All services'],
  'theme.label': ['主题分类', 'Themes'],

  'dept.listTitle': ['实施部门', 'Departments'],
  'dept.itemsTitle': ['部门事项', 'Services of the department'],
  'dept.filter': ['按部门名称筛选', 'Filter by name'],
  'dept.empty': ['本区划没有部门', 'No departments in this region'],
  'dept.pick': ['请在左侧选择一个部门', 'Choose a department'],

  'conv.links': ['便民直通车', 'Quick links'],
  'conv.publicServices': ['公共服务事项', 'Public services'],
  'conv.hotline': ['12345 咨询投诉', '12345 hotline'],
  'conv.hukou': ['户口办理', 'Household registration'],
  'conv.idCard': ['身份证办理', 'ID card'],
  'conv.birth': ['生育服务证办理', 'Birth service certificate'],
  'conv.residence': ['居住证办理', 'Residence permit'],
  'conv.socialSecurity': ['社会保障', 'Social security'],
  'conv.property': ['不动产登记', 'Real estate registration'],
  'conv.zeroTrip': ['跑零次事项', 'Zero-trip services'],

  'oneTrip.tabAll': ['全部最多跑一次', 'All at-most-one-trip'],

  'comingSoon.supervision': [
    '互联网+监督（办件监察、好差评、投诉建议）将随后续版本上线，敬请期待。',
    'Internet + Supervision (case monitoring, ratings, complaints) arrives with a later release.',
  ],
} as const satisfies Record<string, readonly [string, string]>;
